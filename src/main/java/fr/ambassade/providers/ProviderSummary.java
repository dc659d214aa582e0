package fr.ambassade.providers;

/** What other modules need to know about a provider (establishment). */
public record ProviderSummary(
        long id,
        String name,
        ProviderCategory category,
        String subtype,
        String communeCode,
        String communeName,
        Double latitude,
        Double longitude,
        String email,
        String phone,
        String website,
        NetworkStatus networkStatus,
        boolean outsideTerritory,
        boolean demo) {}
