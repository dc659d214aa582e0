package fr.ambassade.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.dashboard.domain.DashboardFigures.Ambassador;
import fr.ambassade.dashboard.domain.DashboardFigures.Cohort;
import fr.ambassade.dashboard.domain.DashboardFigures.Commune;
import fr.ambassade.dashboard.domain.DashboardFigures.Coverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    static final AtomicLong IDS = new AtomicLong();
    static final BigDecimal THRESHOLD = new BigDecimal("70");

    static Ambassador ambassador(int year, String score, String commune) {
        long id = IDS.incrementAndGet();
        return new Ambassador(id, id, LocalDate.of(year, 3, 1), score == null ? null : new BigDecimal(score), commune);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    // averages

    @Test
    void noAmbassadorHasNoAverageNoCohortAndNobodyNear() {
        assertThat(DashboardFigures.averageScore(List.of())).isEmpty();
        assertThat(DashboardFigures.cohorts(List.of())).isEmpty();
        assertThat(DashboardFigures.nearThreshold(List.of(), THRESHOLD)).isEmpty();
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimalAndSkipsMissingScores() {
        assertThat(DashboardFigures.averageScore(Arrays.asList(bd("70"), bd("75"), null, bd("80.5"))))
                .contains(bd("75.2")); // 225.5 / 3 = 75.1666…
        assertThat(DashboardFigures.averageScore(List.of(bd("70.25"), bd("70.30"))))
                .contains(bd("70.3"));
        assertThat(DashboardFigures.averageScore(Arrays.asList((BigDecimal) null)))
                .isEmpty();
    }

    @Test
    void cohortsAreTheYearsMembershipsStartedOldestFirst() {
        List<Cohort> cohorts = DashboardFigures.cohorts(List.of(
                ambassador(2025, "80", null),
                ambassador(2023, "60", null),
                ambassador(2025, "90", null),
                ambassador(2025, null, null),
                ambassador(2024, null, null)));

        assertThat(cohorts)
                .containsExactly(
                        new Cohort(2023, 1, 1, bd("60.0")),
                        new Cohort(2024, 1, 0, null),
                        new Cohort(2025, 3, 2, bd("85.0")));
    }

    // near the threshold

    @Test
    void nearMeansWithinFivePointsOnEitherSideEdgesIncluded() {
        assertThat(DashboardFigures.isNear(bd("75"), THRESHOLD)).isTrue();
        assertThat(DashboardFigures.isNear(bd("75.00"), THRESHOLD)).isTrue();
        assertThat(DashboardFigures.isNear(bd("65"), THRESHOLD)).isTrue();
        assertThat(DashboardFigures.isNear(bd("70"), THRESHOLD)).isTrue();
        assertThat(DashboardFigures.isNear(bd("75.01"), THRESHOLD)).isFalse();
        assertThat(DashboardFigures.isNear(bd("64.99"), THRESHOLD)).isFalse();
        assertThat(DashboardFigures.isNear(null, THRESHOLD)).isFalse();
        assertThat(DashboardFigures.isNear(bd("72.5"), bd("67.5"))).isTrue();
    }

    @Test
    void theNearListIsOrderedByScore() {
        Ambassador high = ambassador(2024, "74.5", null);
        Ambassador low = ambassador(2024, "66", null);
        Ambassador far = ambassador(2024, "90", null);
        Ambassador none = ambassador(2024, null, null);

        assertThat(DashboardFigures.nearThreshold(List.of(high, far, none, low), THRESHOLD))
                .containsExactly(low, high);
    }

    // coverage

    @Test
    void coverageCountsCommunesWithAtLeastOneAmbassadorAndTheirPopulation() {
        List<Commune> territory = List.of(
                new Commune("62001", "Aix", 1_000),
                new Commune("62002", "Béthune", 25_000),
                new Commune("62003", "Cuinchy", 1_500),
                new Commune("62004", "Douvrin", 5_000));
        Coverage c = DashboardFigures.coverage(
                territory,
                List.of(
                        ambassador(2024, "80", "62002"),
                        ambassador(2024, "80", "62002"),
                        ambassador(2024, "80", "62003"),
                        ambassador(2024, "80", "75056"), // outside the territory
                        ambassador(2024, "80", null))); // no commune

        assertThat(c.communes()).isEqualTo(4);
        assertThat(c.coveredCommunes()).isEqualTo(2);
        assertThat(c.communeShare()).contains(0.5);
        assertThat(c.population()).isEqualTo(32_500);
        assertThat(c.coveredPopulation()).isEqualTo(26_500);
        assertThat(c.populationShare()).hasValueSatisfying(s -> assertThat(s).isCloseTo(26_500 / 32_500.0, within()));
        assertThat(c.ambassadorsByCommune())
                .containsEntry("62002", 2)
                .containsEntry("62003", 1)
                .hasSize(2);
        assertThat(c.uncovered()).extracting(Commune::name).containsExactly("Douvrin", "Aix");
        assertThat(c.unknownPopulation()).isZero();
    }

    @Test
    void aCommuneWithoutPopulationIsLeftOutOfBothPopulationSums() {
        List<Commune> territory = List.of(
                new Commune("62001", "Aix", null),
                new Commune("62002", "Béthune", 3_000),
                new Commune("62003", "Cuinchy", 1_000),
                new Commune("62004", "Zutkerque", null));
        Coverage c = DashboardFigures.coverage(
                territory, List.of(ambassador(2024, "80", "62001"), ambassador(2024, "80", "62003")));

        assertThat(c.coveredCommunes()).isEqualTo(2);
        assertThat(c.population()).isEqualTo(4_000);
        assertThat(c.coveredPopulation()).isEqualTo(1_000);
        assertThat(c.populationShare()).contains(0.25);
        assertThat(c.unknownPopulation()).isEqualTo(2);
        // the most populated first, unknown populations last
        assertThat(c.uncovered()).extracting(Commune::name).containsExactly("Béthune", "Zutkerque");
    }

    @Test
    void noAmbassadorCoversNothingAndAnEmptyTerritoryHasNoShare() {
        Coverage none = DashboardFigures.coverage(List.of(new Commune("62001", "Aix", 100)), List.of());
        assertThat(none.communeShare()).contains(0.0);
        assertThat(none.populationShare()).contains(0.0);
        assertThat(none.uncovered()).hasSize(1);

        Coverage empty = DashboardFigures.coverage(List.of(), List.of(ambassador(2024, "80", "62001")));
        assertThat(empty.communeShare()).isEmpty();
        assertThat(empty.populationShare()).isEmpty();

        Coverage unknown =
                DashboardFigures.coverage(new ArrayList<>(List.of(new Commune("62001", "Aix", null))), List.of());
        assertThat(unknown.communeShare()).contains(0.0);
        assertThat(unknown.populationShare()).isEmpty();
    }

    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
