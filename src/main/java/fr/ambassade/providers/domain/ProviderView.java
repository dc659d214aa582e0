package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider as the pages, the exports and the tests read it: a copy of the entity (which stays in this package),
 * collections included, usable outside the transaction. Components are named as the entity's properties, so that
 * templates read {@code provider.name}, {@code provider.labels}…
 */
public record ProviderView(
        long id,
        String name,
        ProviderCategory category,
        String subtype,
        String communeCode,
        String communeName,
        String street,
        String postalCode,
        String locality,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        String website,
        List<String> languages,
        List<String> accessibilityFlags,
        String accessibilityNotes,
        Map<String, String> descriptions,
        String staffNotes,
        boolean outsideTerritory,
        NetworkStatus networkStatus,
        boolean demo,
        Long mergedIntoId,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Set<ProviderLabel> labels,
        Set<ExternalId> externalIds,
        List<ContactPerson> contacts,
        List<PhotoRef> photos,
        Map<String, String> importedValues) {

    static ProviderView of(Provider p) {
        return new ProviderView(
                p.getId(),
                p.getName(),
                p.getCategory(),
                p.getSubtype(),
                p.getCommuneCode(),
                p.getCommuneName(),
                p.getStreet(),
                p.getPostalCode(),
                p.getLocality(),
                p.getLatitude(),
                p.getLongitude(),
                p.getPhone(),
                p.getEmail(),
                p.getWebsite(),
                List.copyOf(p.getLanguages()),
                List.copyOf(p.getAccessibilityFlags()),
                p.getAccessibilityNotes(),
                Collections.unmodifiableMap(new LinkedHashMap<>(p.getDescriptions())),
                p.getStaffNotes(),
                p.isOutsideTerritory(),
                p.getNetworkStatus(),
                p.isDemo(),
                p.getMergedIntoId(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                Collections.unmodifiableSet(new LinkedHashSet<>(p.getLabels())),
                Collections.unmodifiableSet(new LinkedHashSet<>(p.getExternalIds())),
                List.copyOf(p.getContacts()),
                List.copyOf(p.getPhotos()),
                Collections.unmodifiableMap(new LinkedHashMap<>(p.getImportedValues())));
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    /** The editable fields, as the edit form and the import start from them. */
    public ProviderDetails details() {
        return new ProviderDetails(
                name,
                category,
                subtype,
                communeCode,
                communeName,
                street,
                postalCode,
                locality,
                latitude,
                longitude,
                phone,
                email,
                website,
                languages,
                accessibilityFlags,
                accessibilityNotes,
                Map.copyOf(descriptions),
                staffNotes,
                outsideTerritory);
    }
}
