package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import java.util.List;

/**
 * A whole provider to create at once, with what staff or an import would have added later (labels, identifiers,
 * contacts, photos, network status): the demo data and the tests' {@code ProviderMother} describe providers this
 * way; {@link ProviderSeeding} writes them.
 *
 * @param status reached the way real providers reach it (NONE → CANDIDATE → AMBASSADOR → FORMER)
 * @param demo whether the provider is demo data (left out when the application runs without demo data)
 */
public record ProviderSeed(
        ProviderDetails details,
        NetworkStatus status,
        List<ProviderLabel> labels,
        List<ExternalId> externalIds,
        List<ContactPerson> contacts,
        List<PhotoRef> photos,
        boolean demo) {

    public ProviderSeed {
        status = status == null ? NetworkStatus.NONE : status;
        labels = labels == null ? List.of() : List.copyOf(labels);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The entity this seed describes (not saved). */
    Provider toProvider() {
        Provider p = new Provider(details);
        if (demo) {
            p.markDemo();
        }
        labels.forEach(p::holdLabel);
        externalIds.forEach(p::addExternalId);
        contacts.forEach(p::addContact);
        p.replacePhotos(photos);
        for (NetworkStatus step : List.of(NetworkStatus.CANDIDATE, NetworkStatus.AMBASSADOR, NetworkStatus.FORMER)) {
            if (p.getNetworkStatus() == status) {
                break;
            }
            p.changeNetworkStatus(step);
        }
        return p;
    }
}
