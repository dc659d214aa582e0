package fr.ambassade.selection.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The selection's rules an OT may change ({@code ambassade.selection.*}), with their defaults. They are installation
 * properties for now, not destination settings edited in the back office (that needs a settings page and migration:
 * see docs/selection.md).
 *
 * @param reapplyDelayMonths how long a declined provider waits before applying again (12)
 * @param animatorMayDeclineWithoutVisit whether the animator, not only the director, may decline from SUBMITTED or
 *     UNDER_REVIEW without a visit (false)
 * @param committeeSkippableForPassingRenewals whether a renewal whose evaluation passes may be accepted without a
 *     committee (false)
 * @param retentionYears how long a declined or withdrawn application keeps the candidate's personal fields (3)
 */
@ConfigurationProperties(prefix = "ambassade.selection")
public record SelectionProperties(
        Integer reapplyDelayMonths,
        boolean animatorMayDeclineWithoutVisit,
        boolean committeeSkippableForPassingRenewals,
        Integer retentionYears) {

    public SelectionProperties {
        if (reapplyDelayMonths == null) {
            reapplyDelayMonths = 12;
        }
        if (retentionYears == null) {
            retentionYears = 3;
        }
        if (reapplyDelayMonths < 0 || retentionYears < 1) {
            throw new IllegalArgumentException("ambassade.selection: the delay is ≥ 0 months, the retention ≥ 1 year");
        }
    }

    public static SelectionProperties defaults() {
        return new SelectionProperties(null, false, false, null);
    }
}
