package fr.ambassade.providers.domain;

import fr.ambassade.providers.ProviderCategory;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of a provider, as staff (form) or an import provide them. Collections are never null in a
 * provider; null here means empty.
 */
public record ProviderDetails(
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
        boolean outsideTerritory) {

    public static ProviderDetails named(String name, ProviderCategory category) {
        return new ProviderDetails(
                name, category, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                null, Map.of(), null, false);
    }
}
