package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import java.time.Instant;
import java.util.List;

/**
 * A provider as a line of the directory list: what the list shows, read in one query for a page of search hits
 * (loading whole providers, with their descriptions and collections, was most of a search's time; see
 * docs/benchmarks.md).
 */
public record ProviderRow(
        long id,
        String name,
        String subtype,
        ProviderCategory category,
        String communeName,
        boolean outsideTerritory,
        boolean hasCoordinates,
        NetworkStatus networkStatus,
        List<ProviderLabel> labels,
        Instant updatedAt) {}
