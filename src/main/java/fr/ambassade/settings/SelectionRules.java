package fr.ambassade.settings;

/**
 * The selection's rules the director sets for the destination (page "Selection rules" of the settings). The
 * selection module reads them through {@link DestinationSettings#selectionRules()}.
 *
 * @param reapplyDelayMonths how long a declined provider waits before applying again, 0–60 months (12)
 * @param animatorMayDeclineWithoutVisit whether the animator, not only the director, may decline from SUBMITTED or
 *     UNDER_REVIEW without a visit (false)
 * @param committeeSkippableForPassingRenewals whether a renewal whose evaluation passes may be accepted without a
 *     committee (false)
 * @param retentionYears how long a declined or withdrawn application keeps the candidate's personal fields, 1–10
 *     years (3)
 */
public record SelectionRules(
        int reapplyDelayMonths,
        boolean animatorMayDeclineWithoutVisit,
        boolean committeeSkippableForPassingRenewals,
        int retentionYears) {

    public static final int MIN_REAPPLY_DELAY_MONTHS = 0;
    public static final int MAX_REAPPLY_DELAY_MONTHS = 60;
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 10;

    /** The rules of a new destination (and of the migration that introduced them). */
    public static final SelectionRules DEFAULTS = new SelectionRules(12, false, false, 3);

    public SelectionRules withReapplyDelayMonths(int months) {
        return new SelectionRules(
                months, animatorMayDeclineWithoutVisit, committeeSkippableForPassingRenewals, retentionYears);
    }

    public SelectionRules withAnimatorMayDeclineWithoutVisit(boolean may) {
        return new SelectionRules(reapplyDelayMonths, may, committeeSkippableForPassingRenewals, retentionYears);
    }

    public SelectionRules withCommitteeSkippableForPassingRenewals(boolean skippable) {
        return new SelectionRules(reapplyDelayMonths, animatorMayDeclineWithoutVisit, skippable, retentionYears);
    }

    public SelectionRules withRetentionYears(int years) {
        return new SelectionRules(
                reapplyDelayMonths, animatorMayDeclineWithoutVisit, committeeSkippableForPassingRenewals, years);
    }
}
