package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridScoreTest {

    static GridCriterion criterion(long id, String weight, boolean mandatory) {
        return new GridCriterion(
                id, "accueil", (int) id, MultilingualText.french("c" + id), new BigDecimal(weight), mandatory);
    }

    // weights 3 (mandatory), 2, 1: maximum Σ weight × 3 = 18
    static final Grid GRID = new Grid(
            4, null, null, List.of(criterion(1, "3", true), criterion(2, "2", false), criterion(3, "1", false)));

    static final BigDecimal SIXTY = new BigDecimal("60");

    @Test
    void scoreIsTheWeightedSumOverTheMaximum() {
        // 3×3 + 2×2 + 1×0 = 13 / 18 = 72.22 %
        GridScore s = GRID.score(Map.of(1L, 3, 2L, 2, 3L, 0), SIXTY);
        assertThat(s.percent()).isEqualByComparingTo("72.22");
        assertThat(s.gridVersion()).isEqualTo(4);
        assertThat(s.passed()).isTrue();
        assertThat(s.complete()).isTrue();
    }

    @Test
    void allThreesIsOneHundredPercentAndAllZerosIsZero() {
        assertThat(GRID.score(Map.of(1L, 3, 2L, 3, 3L, 3), SIXTY).percent()).isEqualByComparingTo("100");
        assertThat(GRID.score(Map.of(1L, 0, 2L, 0, 3L, 0), SIXTY).percent()).isEqualByComparingTo("0");
    }

    @Test
    void failsBelowTheThreshold() {
        // 3×2 + 2×1 + 1×1 = 9 / 18 = 50 %
        GridScore s = GRID.score(Map.of(1L, 2, 2L, 1, 3L, 1), SIXTY);
        assertThat(s.percent()).isEqualByComparingTo("50");
        assertThat(s.reachesThreshold()).isFalse();
        assertThat(s.failedMandatory()).isEmpty();
        assertThat(s.passed()).isFalse();
    }

    @Test
    void exactlyAtTheThresholdPasses() {
        // 3×2 + 2×2 + 1×3 = 13... use threshold = 13/18 exactly via 50 %: 9/18
        GridScore s = GRID.score(Map.of(1L, 2, 2L, 1, 3L, 1), new BigDecimal("50"));
        assertThat(s.passed()).isTrue();
    }

    @Test
    void aMandatoryCriterionBelowTwoFailsEvenAboveTheThreshold() {
        // 3×1 + 2×3 + 1×3 = 12 / 18 = 66.67 % ≥ 60 %, but the mandatory criterion scored 1
        GridScore s = GRID.score(Map.of(1L, 1, 2L, 3, 3L, 3), SIXTY);
        assertThat(s.percent()).isEqualByComparingTo("66.67");
        assertThat(s.reachesThreshold()).isTrue();
        assertThat(s.failedMandatory()).extracting(GridCriterion::id).containsExactly(1L);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void missingScoresCountAsZeroAndAMissingMandatoryFails() {
        GridScore s = GRID.score(Map.of(2L, 3, 3L, 3), new BigDecimal("0"));
        assertThat(s.complete()).isFalse();
        assertThat(s.unscored()).extracting(GridCriterion::id).containsExactly(1L);
        assertThat(s.failedMandatory()).hasSize(1);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void decimalWeightsWork() {
        Grid g = new Grid(1, null, null, List.of(criterion(1, "1.5", false), criterion(2, "0.5", false)));
        // 1.5×3 + 0.5×0 = 4.5 / 6 = 75 %
        assertThat(g.score(Map.of(1L, 3, 2L, 0), SIXTY).percent()).isEqualByComparingTo("75");
    }

    @Test
    void refusesScoresOutsideZeroToThreeAndUnknownCriteria() {
        assertThatThrownBy(() -> GRID.score(Map.of(1L, 4), SIXTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GRID.score(Map.of(1L, -1), SIXTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GRID.score(Map.of(99L, 2), SIXTY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyGridNeverPasses() {
        GridScore s = Grid.none().score(Map.of(), BigDecimal.ZERO);
        assertThat(s.percent()).isEqualByComparingTo("0");
        assertThat(s.passed()).isFalse();
    }

    @Test
    void groupsCriteriaByValue() {
        Grid g = new Grid(
                1,
                null,
                null,
                List.of(
                        new GridCriterion(1, "a", 1, MultilingualText.french("x"), BigDecimal.ONE, false),
                        new GridCriterion(2, "b", 2, MultilingualText.french("y"), BigDecimal.ONE, false),
                        new GridCriterion(3, "a", 3, MultilingualText.french("z"), BigDecimal.ONE, false)));
        assertThat(g.byValue().keySet()).containsExactly("a", "b");
        assertThat(g.byValue().get("a")).extracting(GridCriterion::id).containsExactly(1L, 3L);
    }

    // several evaluators: the mean per criterion

    @Test
    void oneEvaluationScoredAsAListEqualsTheIntegerApi() {
        Map<Long, Integer> scores = Map.of(1L, 3, 2L, 2, 3L, 0);
        assertThat(GRID.scoreAll(List.of(scores), SIXTY).percent())
                .isEqualByComparingTo(GRID.score(scores, SIXTY).percent());
        assertThat(GRID.score(scores, SIXTY).means()).containsEntry(1L, new BigDecimal("3.00"));
    }

    @Test
    void severalEvaluationsCombineByTheMeanPerCriterion() {
        // means 2.5, 2, 1 → 3×2.5 + 2×2 + 1×1 = 12.5 / 18 = 69.44 %
        GridScore s = GRID.scoreAll(List.of(Map.of(1L, 3, 2L, 2, 3L, 0), Map.of(1L, 2, 2L, 2, 3L, 2)), SIXTY);
        assertThat(s.percent()).isEqualByComparingTo("69.44");
        assertThat(s.means())
                .containsExactly(
                        Map.entry(1L, new BigDecimal("2.50")),
                        Map.entry(2L, new BigDecimal("2.00")),
                        Map.entry(3L, new BigDecimal("1.00")));
        assertThat(s.evaluationCount()).isEqualTo(2);
        assertThat(s.passed()).isTrue();
    }

    @Test
    void aMandatoryMeanBelowTwoFailsThoughOneEvaluatorGaveThree() {
        // mandatory criterion: 3 and 0 → mean 1.5 < 2
        GridScore s = GRID.scoreAll(List.of(Map.of(1L, 3, 2L, 3, 3L, 3), Map.of(1L, 0, 2L, 3, 3L, 3)), SIXTY);
        assertThat(s.failedMandatory()).extracting(GridCriterion::id).containsExactly(1L);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void aMandatoryMeanOfExactlyTwoPasses() {
        // 3 and 1 → mean 2
        GridScore s = GRID.scoreAll(List.of(Map.of(1L, 3, 2L, 3, 3L, 3), Map.of(1L, 1, 2L, 3, 3L, 3)), SIXTY);
        assertThat(s.failedMandatory()).isEmpty();
        assertThat(s.passed()).isTrue();
    }

    @Test
    void thirdsAreComparedExactlyWithTheThreshold() {
        // one criterion of weight 1, three evaluators 2, 2, 1 → mean 5/3 → 55.555… %
        Grid g = new Grid(1, null, null, List.of(criterion(1, "1", false)));
        List<Map<Long, Integer>> three = List.of(Map.of(1L, 2), Map.of(1L, 2), Map.of(1L, 1));
        assertThat(g.scoreAll(three, SIXTY).percent()).isEqualByComparingTo("55.56");
        // 55.56 rounded is above 55.556, but the exact score is below: fails
        assertThat(g.scoreAll(three, new BigDecimal("55.56")).reachesThreshold())
                .isFalse();
        assertThat(g.scoreAll(three, new BigDecimal("55.55")).reachesThreshold())
                .isTrue();
    }

    @Test
    void evaluatorsThatLeftACriterionOutAreNotCountedInItsMean() {
        // criterion 3 scored by the second evaluation only: mean 3, not 1.5
        GridScore s = GRID.scoreAll(List.of(Map.of(1L, 2, 2L, 2), Map.of(1L, 2, 2L, 2, 3L, 3)), SIXTY);
        assertThat(s.means().get(3L)).isEqualByComparingTo("3");
        assertThat(s.unscored()).isEmpty();
        // 3×2 + 2×2 + 1×3 = 13 / 18
        assertThat(s.percent()).isEqualByComparingTo("72.22");
    }

    @Test
    void noEvaluationScoresZeroWithEveryCriterionUnscored() {
        GridScore s = GRID.scoreAll(List.of(), SIXTY);
        assertThat(s.percent()).isEqualByComparingTo("0");
        assertThat(s.unscored()).hasSize(3);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void severalEvaluationsRefuseAScoreOutOfRange() {
        assertThatThrownBy(() -> GRID.scoreAll(List.of(Map.of(1L, 2), Map.of(1L, 7)), SIXTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpreadGivesMinMaxAndMeanPerCriterion() {
        List<CriterionSpread> spread =
                GRID.spread(List.of(Map.of(1L, 3, 2L, 1), Map.of(1L, 1, 2L, 1), Map.of(1L, 2, 2L, 1)));
        assertThat(spread).extracting(c -> c.criterion().id()).containsExactly(1L, 2L, 3L);
        CriterionSpread first = spread.get(0);
        assertThat(first.min()).isEqualTo(1);
        assertThat(first.max()).isEqualTo(3);
        assertThat(first.mean()).isEqualByComparingTo("2");
        assertThat(first.gap()).isEqualTo(2);
        assertThat(spread.get(1).gap()).isZero();
        assertThat(spread.get(2).count()).isZero();
        assertThat(spread.get(2).min()).isNull();
    }
}
