package fr.ambassade.providers.importing;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.PhotoRef;
import fr.ambassade.providers.domain.ProviderLabel;
import java.util.List;
import java.util.Map;

/**
 * One provider as a source (DATAtourisme object, CSV row) describes it, ready to be matched and written. The
 * commune is given as the source gives it ({@code inseeCode}, {@code postalCode} + {@code cityName}) and resolved
 * by the import.
 *
 * @param keys identifiers to match an existing provider with, most reliable first; all are attached to the provider
 * @param flags report lines for what staff should look at (missing coordinates, truncated text…)
 */
record ImportRecord(
        Integer position,
        String identity,
        List<ExternalId> keys,
        String name,
        ProviderCategory category,
        String subtype,
        String inseeCode,
        String postalCode,
        String cityName,
        String street,
        String locality,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        String website,
        List<String> languages,
        List<String> accessibilityFlags,
        Map<String, String> descriptions,
        List<ProviderLabel> labels,
        List<PhotoRef> photos,
        String contentHash,
        List<ImportRunItem> flags) {

    ImportRecord {
        keys = List.copyOf(keys);
        languages = List.copyOf(languages);
        accessibilityFlags = List.copyOf(accessibilityFlags);
        descriptions = Map.copyOf(descriptions);
        labels = List.copyOf(labels);
        photos = List.copyOf(photos);
        flags = List.copyOf(flags);
    }

    ImportRunItem item(ItemOutcome outcome, String reasonCode, String field, String detail, Long providerId) {
        return new ImportRunItem(position, identity, name, outcome, reasonCode, field, detail, providerId);
    }
}
