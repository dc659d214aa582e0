package fr.ambassade.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * threshold AND every mandatory criterion scores at least 2. Several evaluators of one visit combine by the mean per
 * criterion ({@link #scoreAll}): the same formula and rules apply to the means.
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
     * Scores one evaluation against this grid (the integer API, kept: it scores a list of one evaluation).
     *
     * @param scores criterion id → 0..3; a criterion without score counts as 0 (and fails if mandatory)
     * @param thresholdPercent pass threshold, 0–100
     * @throws IllegalArgumentException for a score outside 0–3 or a criterion not in this grid
     */
    public GridScore score(Map<Long, Integer> scores, BigDecimal thresholdPercent) {
        return scoreAll(List.of(scores), thresholdPercent);
    }

    /**
     * Scores several evaluations of the same visit together: each criterion takes the mean of the evaluations that
     * scored it; score % = Σ(weight × mean) / Σ(weight × 3) × 100; a mandatory criterion's mean must reach 2; the
     * threshold is compared exactly (no rounding of the means). Pass only the <em>submitted</em> evaluations.
     *
     * @param evaluations one map per evaluation, criterion id → 0..3 (a criterion absent from every evaluation
     *     counts as 0 and is listed as unscored)
     * @throws IllegalArgumentException for a score outside 0–3 or a criterion not in this grid
     */
    public GridScore scoreAll(List<Map<Long, Integer>> evaluations, BigDecimal thresholdPercent) {
        Map<Long, Tally> tallies = tally(evaluations);
        // exact arithmetic: every mean is sum / count; D = lcm of the counts turns Σ weight × mean into an exact sum
        BigInteger d = BigInteger.ONE;
        for (Tally t : tallies.values()) {
            if (t.count > 0) {
                BigInteger n = BigInteger.valueOf(t.count);
                d = d.divide(d.gcd(n)).multiply(n);
            }
        }
        BigDecimal denominator = new BigDecimal(d);
        BigDecimal weightedTimesD = BigDecimal.ZERO;
        BigDecimal maximum = BigDecimal.ZERO;
        List<GridCriterion> failedMandatory = new ArrayList<>();
        List<GridCriterion> unscored = new ArrayList<>();
        Map<Long, BigDecimal> means = new LinkedHashMap<>();
        for (GridCriterion c : criteria) {
            Tally t = tallies.get(c.id());
            if (t.count == 0) {
                unscored.add(c);
            } else {
                BigDecimal share = new BigDecimal(d.divide(BigInteger.valueOf(t.count)));
                weightedTimesD = weightedTimesD.add(
                        c.weight().multiply(BigDecimal.valueOf(t.sum)).multiply(share));
            }
            means.put(c.id(), t.mean());
            maximum = maximum.add(c.weight().multiply(BigDecimal.valueOf(MAX_SCORE)));
            // mean ≥ 2 ⇔ sum ≥ 2 × count, exactly
            if (c.mandatory() && (t.count == 0 || t.sum < (long) MANDATORY_MINIMUM * t.count)) {
                failedMandatory.add(c);
            }
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal maximumTimesD = maximum.multiply(denominator);
        BigDecimal percent = maximum.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : weightedTimesD.multiply(hundred).divide(maximumTimesD, 2, RoundingMode.HALF_UP);
        // compared without rounding: Σ w × mean × 100 ≥ threshold × Σ w × 3 (both sides multiplied by D)
        boolean reachesThreshold = maximum.signum() > 0
                && weightedTimesD.multiply(hundred).compareTo(thresholdPercent.multiply(maximumTimesD)) >= 0;
        return new GridScore(
                version,
                percent,
                thresholdPercent,
                reachesThreshold,
                failedMandatory,
                unscored,
                means,
                evaluations.size());
    }

    /**
     * The spread between evaluators per criterion (min, max, mean over the given evaluations, which should be the
     * submitted ones), in criterion order; a criterion nobody scored has a count of 0 and no min or max.
     */
    public List<CriterionSpread> spread(List<Map<Long, Integer>> evaluations) {
        Map<Long, Tally> tallies = tally(evaluations);
        List<CriterionSpread> spread = new ArrayList<>();
        for (GridCriterion c : criteria) {
            Tally t = tallies.get(c.id());
            spread.add(new CriterionSpread(
                    c, t.count == 0 ? null : t.min, t.count == 0 ? null : t.max, t.mean(), t.count));
        }
        return spread;
    }

    private Map<Long, Tally> tally(List<Map<Long, Integer>> evaluations) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        criteria.forEach(c -> tallies.put(c.id(), new Tally()));
        for (Map<Long, Integer> scores : evaluations) {
            for (Map.Entry<Long, Integer> e : scores.entrySet()) {
                Tally t = tallies.get(e.getKey());
                if (t == null) {
                    throw new IllegalArgumentException(
                            "Criterion " + e.getKey() + " is not in grid version " + version);
                }
                Integer s = e.getValue();
                if (s == null) {
                    continue;
                }
                if (s < 0 || s > MAX_SCORE) {
                    throw new IllegalArgumentException("A score is between 0 and 3: " + s);
                }
                t.add(s);
            }
        }
        return tallies;
    }

    private static final class Tally {
        long sum;
        int count;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;

        void add(int score) {
            sum += score;
            count++;
            min = Math.min(min, score);
            max = Math.max(max, score);
        }

        /** Two decimals, for display; 0 when nobody scored. */
        BigDecimal mean() {
            return count == 0
                    ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }
    }
}
