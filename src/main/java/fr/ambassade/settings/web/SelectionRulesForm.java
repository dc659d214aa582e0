package fr.ambassade.settings.web;

import fr.ambassade.settings.SelectionRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The selection's rules: reapply delay, who may decline without a visit, committee for renewals, retention. */
public class SelectionRulesForm {

    private long version;

    @NotNull(message = "{settings.error.reapplyDelayMonths}")
    @Min(value = SelectionRules.MIN_REAPPLY_DELAY_MONTHS, message = "{settings.error.reapplyDelayMonths}")
    @Max(value = SelectionRules.MAX_REAPPLY_DELAY_MONTHS, message = "{settings.error.reapplyDelayMonths}")
    private Integer reapplyDelayMonths;

    private boolean animatorMayDeclineWithoutVisit;

    private boolean committeeSkippableForPassingRenewals;

    @NotNull(message = "{settings.error.retentionYears}")
    @Min(value = SelectionRules.MIN_RETENTION_YEARS, message = "{settings.error.retentionYears}")
    @Max(value = SelectionRules.MAX_RETENTION_YEARS, message = "{settings.error.retentionYears}")
    private Integer retentionYears;

    static SelectionRulesForm from(SelectionRules rules, long version) {
        SelectionRulesForm f = new SelectionRulesForm();
        f.version = version;
        f.reapplyDelayMonths = rules.reapplyDelayMonths();
        f.animatorMayDeclineWithoutVisit = rules.animatorMayDeclineWithoutVisit();
        f.committeeSkippableForPassingRenewals = rules.committeeSkippableForPassingRenewals();
        f.retentionYears = rules.retentionYears();
        return f;
    }

    SelectionRules toRules() {
        return new SelectionRules(
                reapplyDelayMonths,
                animatorMayDeclineWithoutVisit,
                committeeSkippableForPassingRenewals,
                retentionYears);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getReapplyDelayMonths() {
        return reapplyDelayMonths;
    }

    public void setReapplyDelayMonths(Integer reapplyDelayMonths) {
        this.reapplyDelayMonths = reapplyDelayMonths;
    }

    public boolean isAnimatorMayDeclineWithoutVisit() {
        return animatorMayDeclineWithoutVisit;
    }

    public void setAnimatorMayDeclineWithoutVisit(boolean animatorMayDeclineWithoutVisit) {
        this.animatorMayDeclineWithoutVisit = animatorMayDeclineWithoutVisit;
    }

    public boolean isCommitteeSkippableForPassingRenewals() {
        return committeeSkippableForPassingRenewals;
    }

    public void setCommitteeSkippableForPassingRenewals(boolean committeeSkippableForPassingRenewals) {
        this.committeeSkippableForPassingRenewals = committeeSkippableForPassingRenewals;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) {
        this.retentionYears = retentionYears;
    }
}
