package fr.ambassade.settings;

import java.math.BigDecimal;

/**
 * How the evaluators of one visit scored a criterion, so that the animator can calibrate them.
 *
 * @param min lowest score, {@code null} when nobody scored it
 * @param max highest score, {@code null} when nobody scored it
 * @param mean mean of the scores, two decimals (0 when nobody scored it)
 * @param count how many evaluations scored it
 */
public record CriterionSpread(GridCriterion criterion, Integer min, Integer max, BigDecimal mean, int count) {

    /** max − min (0 when nobody or one evaluator scored it). */
    public int gap() {
        return min == null ? 0 : max - min;
    }
}
