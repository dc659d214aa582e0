package fr.ambassade.settings;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring an evaluation against a grid version.
 *
 * @param percent Σ(weight × score) / Σ(weight × 3) × 100, two decimals
 * @param reachesThreshold percent ≥ threshold (compared exactly, before rounding)
 * @param failedMandatory mandatory criteria scored below 2 (or not scored)
 * @param unscored criteria without a score (counted as 0)
 */
public record GridScore(
        int gridVersion,
        BigDecimal percent,
        BigDecimal thresholdPercent,
        boolean reachesThreshold,
        List<GridCriterion> failedMandatory,
        List<GridCriterion> unscored) {

    public GridScore {
        failedMandatory = List.copyOf(failedMandatory);
        unscored = List.copyOf(unscored);
    }

    /** Passes: threshold reached and every mandatory criterion at 2 or more. */
    public boolean passed() {
        return reachesThreshold && failedMandatory.isEmpty();
    }

    public boolean complete() {
        return unscored.isEmpty();
    }
}
