package fr.ambassade.territory;

import java.util.List;

/**
 * A current French commune as known to the application.
 *
 * @param code INSEE code of the current commune (never an arrondissement or delegated commune code)
 * @param name official name, e.g. "Nœux-les-Mines"
 * @param postalCodes the commune's postal codes (may be empty)
 * @param population municipal population, or {@code null} when the national list has none
 * @param lat latitude of the centroid, or {@code null} for communes outside the territory (no outline)
 * @param lon longitude of the centroid, or {@code null} for communes outside the territory
 * @param inTerritory whether the commune belongs to the destination's territory
 */
public record CommuneRef(
        String code,
        String name,
        List<String> postalCodes,
        Integer population,
        Double lat,
        Double lon,
        boolean inTerritory) {

    public CommuneRef {
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
    }
}
