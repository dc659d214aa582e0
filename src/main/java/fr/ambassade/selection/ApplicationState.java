package fr.ambassade.selection;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (../PRODUCT.md §3): {@code DRAFT → SUBMITTED → UNDER_REVIEW → VISIT_SCHEDULED →
 * EVALUATED → IN_COMMITTEE → ACCEPTED | DECLINED | DEFERRED}, and {@code WITHDRAWN} by the candidate before a
 * decision. The allowed transitions are methods of the application in the selection module's domain; this enum only
 * names the states for other modules.
 */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    VISIT_SCHEDULED,
    EVALUATED,
    IN_COMMITTEE,
    ACCEPTED,
    DECLINED,
    DEFERRED,
    WITHDRAWN;

    /** States in which the decision is taken and final (a deferral is a decision, but the file can be reopened). */
    public static final Set<ApplicationState> FINAL = EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);

    /** Submitted and waiting for a decision: staff are working on it. */
    public static final Set<ApplicationState> IN_PROGRESS =
            EnumSet.of(SUBMITTED, UNDER_REVIEW, VISIT_SCHEDULED, EVALUATED, IN_COMMITTEE);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean isInProgress() {
        return IN_PROGRESS.contains(this);
    }
}
