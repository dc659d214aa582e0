package fr.ambassade.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dashboard's computations, pure (no Spring, no database): what the panel shows is computed here from plain
 * values, and unit-tested ({@code DashboardFiguresTest}).
 *
 * <ul>
 *   <li><b>Average score</b> of a set of ambassadors = Σ score / n over the ambassadors that have a score (a
 *       membership without a recorded evaluation is left out of both sums), rounded half up to one decimal; none
 *       when no ambassador has a score.
 *   <li><b>Yearly cohort</b> = the calendar year the membership started; each cohort has its size (every
 *       ambassador), its scored size and its average score (as above), cohorts in year order.
 *   <li><b>Near the threshold</b>: an ambassador whose score s satisfies |s − threshold| ≤ {@value #NEAR_MARGIN}
 *       points, both edges included and on either side (an ambassador admitted under a lower threshold may stand
 *       below today's). Ambassadors without a score are never near. Ordered by score, then provider id.
 *   <li><b>Commune coverage</b> = covered communes / territory communes, where a commune is covered when at least
 *       one active ambassador's establishment lies in it (ambassadors outside the territory or without a commune
 *       count for nothing).
 *   <li><b>Population coverage</b> = Σ population of covered communes / Σ population of all communes, both over
 *       the communes whose population is known (a commune with a null population is left out of both sums and
 *       counted in {@code unknownPopulation}); none when no population is known.
 * </ul>
 *
 * Shares are fractions 0–1 (the page formats them as percentages in the reader's language), kept as
 * {@code double}: they are shown, never summed again.
 */
public final class DashboardFigures {

    /** How many points from the pass threshold an ambassador is "near" it (both edges included). */
    public static final int NEAR_MARGIN = 5;

    private DashboardFigures() {}

    /** An active ambassador as the computations see it. */
    public record Ambassador(
            long membershipId, long providerId, LocalDate startDate, BigDecimal score, String communeCode) {}

    /** A commune of the territory; {@code population} null when unknown. */
    public record Commune(String code, String name, Integer population) {}

    /** One yearly cohort: the year memberships started, how many, how many have a score, their average. */
    public record Cohort(int year, int ambassadors, int scored, BigDecimal averageScore) {}

    /**
     * The territory's coverage.
     *
     * @param ambassadorsByCommune commune code → active ambassadors in it (covered communes only)
     * @param uncovered the communes without an ambassador, the most populated first (unknown population last), then
     *     by name
     */
    public record Coverage(
            int communes,
            int coveredCommunes,
            long population,
            long coveredPopulation,
            int unknownPopulation,
            Map<String, Integer> ambassadorsByCommune,
            List<Commune> uncovered) {

        /** Covered communes / communes; empty for a territory without communes. */
        public Optional<Double> communeShare() {
            return communes == 0 ? Optional.empty() : Optional.of((double) coveredCommunes / communes);
        }

        /** Covered population / known population; empty when no population is known. */
        public Optional<Double> populationShare() {
            return population == 0 ? Optional.empty() : Optional.of((double) coveredPopulation / population);
        }
    }

    /** Σ score / n over the scores present (nulls skipped), one decimal, half up; empty when there is none. */
    public static Optional<BigDecimal> averageScore(Collection<BigDecimal> scores) {
        List<BigDecimal> present = scores.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(present.size()), 1, RoundingMode.HALF_UP));
    }

    /** The yearly cohorts (year the membership started), oldest first. */
    public static List<Cohort> cohorts(Collection<Ambassador> ambassadors) {
        Map<Integer, List<Ambassador>> byYear = new TreeMap<>();
        for (Ambassador a : ambassadors) {
            byYear.computeIfAbsent(a.startDate().getYear(), y -> new ArrayList<>())
                    .add(a);
        }
        List<Cohort> out = new ArrayList<>();
        byYear.forEach((year, members) -> {
            List<BigDecimal> scores = members.stream().map(Ambassador::score).toList();
            out.add(new Cohort(
                    year,
                    members.size(),
                    (int) scores.stream().filter(Objects::nonNull).count(),
                    averageScore(scores).orElse(null)));
        });
        return List.copyOf(out);
    }

    /** Whether this score is within {@value #NEAR_MARGIN} points of the threshold (edges included). */
    public static boolean isNear(BigDecimal score, BigDecimal threshold) {
        return score != null && score.subtract(threshold).abs().compareTo(BigDecimal.valueOf(NEAR_MARGIN)) <= 0;
    }

    /** The ambassadors near the threshold, by score then provider id. */
    public static List<Ambassador> nearThreshold(Collection<Ambassador> ambassadors, BigDecimal threshold) {
        return ambassadors.stream()
                .filter(a -> isNear(a.score(), threshold))
                .sorted(Comparator.comparing(Ambassador::score).thenComparingLong(Ambassador::providerId))
                .toList();
    }

    /** The coverage of the territory's communes by the ambassadors' establishments. */
    public static Coverage coverage(Collection<Commune> territory, Collection<Ambassador> ambassadors) {
        Set<String> codes = territory.stream().map(Commune::code).collect(Collectors.toSet());
        Map<String, Integer> perCommune = new HashMap<>();
        for (Ambassador a : ambassadors) {
            if (a.communeCode() != null && codes.contains(a.communeCode())) {
                perCommune.merge(a.communeCode(), 1, Integer::sum);
            }
        }
        long population = 0;
        long coveredPopulation = 0;
        int unknown = 0;
        List<Commune> uncovered = new ArrayList<>();
        for (Commune c : territory) {
            boolean covered = perCommune.containsKey(c.code());
            if (c.population() == null) {
                unknown++;
            } else {
                population += c.population();
                if (covered) {
                    coveredPopulation += c.population();
                }
            }
            if (!covered) {
                uncovered.add(c);
            }
        }
        uncovered.sort(Comparator.comparing(
                        (Commune c) -> c.population() == null ? -1 : c.population(), Comparator.reverseOrder())
                .thenComparing(Commune::name)
                .thenComparing(Commune::code));
        return new Coverage(
                territory.size(),
                perCommune.size(),
                population,
                coveredPopulation,
                unknown,
                Map.copyOf(perCommune),
                List.copyOf(uncovered));
    }
}
