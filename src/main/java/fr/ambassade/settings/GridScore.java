package fr.ambassade.settings;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring an evaluation against a grid version.
 *
 * @param percent Σ(weight × mean) / Σ(weight × 3) × 100, two decimals (with one evaluation the mean is its score)
 * @param reachesThreshold percent ≥ threshold (compared exactly, before rounding)
 * @param failedMandatory mandatory criteria whose mean is below 2 (or not scored)
 * @param unscored criteria that no evaluation scored (counted as 0)
 * @param means criterion id → mean of the evaluations that scored it (two decimals, 0 when none), in grid order
 * @param evaluationCount how many evaluations were combined
 */
public record GridScore(
        int gridVersion,
        BigDecimal percent,
        BigDecimal thresholdPercent,
        boolean reachesThreshold,
        List<GridCriterion> failedMandatory,
        List<GridCriterion> unscored,
        Map<Long, BigDecimal> means,
        int evaluationCount) {

    public GridScore {
        failedMandatory = List.copyOf(failedMandatory);
        unscored = List.copyOf(unscored);
        means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
    }

    /** A score of one evaluation (its scores are the means). */
    public GridScore(
            int gridVersion,
            BigDecimal percent,
            BigDecimal thresholdPercent,
            boolean reachesThreshold,
            List<GridCriterion> failedMandatory,
            List<GridCriterion> unscored) {
        this(gridVersion, percent, thresholdPercent, reachesThreshold, failedMandatory, unscored, Map.of(), 1);
    }

    /** Passes: threshold reached and every mandatory criterion at 2 or more. */
    public boolean passed() {
        return reachesThreshold && failedMandatory.isEmpty();
    }

    public boolean complete() {
        return unscored.isEmpty();
    }
}
