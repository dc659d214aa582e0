package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;

/**
 * A directory search: free text (French-aware, typo-tolerant) and filters; null means "any".
 *
 * @param territory INSIDE, OUTSIDE or null for both
 */
public record ProviderQuery(
        String text,
        ProviderCategory category,
        String communeCode,
        String labelCode,
        NetworkStatus networkStatus,
        Territory territory,
        boolean withoutCoordinates,
        Sort sort) {

    public enum Territory {
        INSIDE,
        OUTSIDE
    }

    public enum Sort {
        RELEVANCE,
        NAME,
        COMMUNE,
        UPDATED
    }

    public ProviderQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        labelCode = labelCode == null || labelCode.isBlank() ? null : labelCode.strip();
        if (sort == null) {
            sort = text == null ? Sort.NAME : Sort.RELEVANCE;
        }
    }

    public static ProviderQuery text(String text) {
        return new ProviderQuery(text, null, null, null, null, null, false, null);
    }

    public static ProviderQuery all() {
        return text(null);
    }

    public ProviderQuery withCategory(ProviderCategory value) {
        return new ProviderQuery(
                text, value, communeCode, labelCode, networkStatus, territory, withoutCoordinates, sort);
    }

    public ProviderQuery withCommune(String value) {
        return new ProviderQuery(text, category, value, labelCode, networkStatus, territory, withoutCoordinates, sort);
    }

    public ProviderQuery withLabel(String value) {
        return new ProviderQuery(
                text, category, communeCode, value, networkStatus, territory, withoutCoordinates, sort);
    }

    public ProviderQuery withStatus(NetworkStatus value) {
        return new ProviderQuery(text, category, communeCode, labelCode, value, territory, withoutCoordinates, sort);
    }

    public ProviderQuery inTerritory(Territory value) {
        return new ProviderQuery(
                text, category, communeCode, labelCode, networkStatus, value, withoutCoordinates, sort);
    }

    public ProviderQuery withoutCoordinatesOnly() {
        return new ProviderQuery(text, category, communeCode, labelCode, networkStatus, territory, true, sort);
    }

    public ProviderQuery sortedBy(Sort value) {
        return new ProviderQuery(
                text, category, communeCode, labelCode, networkStatus, territory, withoutCoordinates, value);
    }
}
