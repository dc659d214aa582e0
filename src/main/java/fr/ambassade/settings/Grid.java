package fr.ambassade.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the evaluation grid. Each criterion is scored 0–3;
 * score % = Σ(weight × score) / Σ(weight × 3) × 100. An evaluation passes when the score reaches the
 * threshold AND every mandatory criterion scores at least 2.
 *
 * @param version 1, 2, …; 0 for "no grid yet"
 */
public record Grid(int version, Instant createdAt, String createdBy, List<GridCriterion> criteria) {

    public static final int MAX_SCORE = 3;
    public static final int MANDATORY_MINIMUM = 2;

    public Grid {
        criteria = List.copyOf(criteria);
    }

    public static Grid none() {
        return new Grid(0, null, null, List.of());
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    public Optional<GridCriterion> criterion(long id) {
        return criteria.stream().filter(c -> c.id() == id).findFirst();
    }

    /** Criteria grouped by value code, in criterion order. */
    public Map<String, List<GridCriterion>> byValue() {
        Map<String, List<GridCriterion>> groups = new LinkedHashMap<>();
        for (GridCriterion c : criteria) {
            groups.computeIfAbsent(c.valueCode(), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    /**
     * Scores an evaluation against this grid.
     *
     * @param scores criterion id → 0..3; a criterion without score counts as 0 (and fails if mandatory)
     * @param thresholdPercent pass threshold, 0–100
     * @throws IllegalArgumentException for a score outside 0–3 or a criterion not in this grid
     */
    public GridScore score(Map<Long, Integer> scores, BigDecimal thresholdPercent) {
        for (Map.Entry<Long, Integer> e : scores.entrySet()) {
            if (criterion(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("Criterion " + e.getKey() + " is not in grid version " + version);
            }
            if (e.getValue() != null && (e.getValue() < 0 || e.getValue() > MAX_SCORE)) {
                throw new IllegalArgumentException("A score is between 0 and 3: " + e.getValue());
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal maximum = BigDecimal.ZERO;
        List<GridCriterion> failedMandatory = new ArrayList<>();
        List<GridCriterion> unscored = new ArrayList<>();
        for (GridCriterion c : criteria) {
            Integer s = scores.get(c.id());
            if (s == null) {
                unscored.add(c);
            }
            int score = s == null ? 0 : s;
            weighted = weighted.add(c.weight().multiply(BigDecimal.valueOf(score)));
            maximum = maximum.add(c.weight().multiply(BigDecimal.valueOf(MAX_SCORE)));
            if (c.mandatory() && score < MANDATORY_MINIMUM) {
                failedMandatory.add(c);
            }
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal percent = maximum.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : weighted.multiply(hundred).divide(maximum, 2, RoundingMode.HALF_UP);
        // compared without rounding: weighted × 100 ≥ threshold × maximum
        boolean reachesThreshold =
                maximum.signum() > 0 && weighted.multiply(hundred).compareTo(thresholdPercent.multiply(maximum)) >= 0;
        return new GridScore(version, percent, thresholdPercent, reachesThreshold, failedMandatory, unscored);
    }
}
