package fr.ambassade.selection.domain;

import static fr.ambassade.selection.ApplicationState.*;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationTransitionRefused;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every way an application may change state, written once: the states it leaves from and the state it reaches
 * (../PRODUCT.md §3). {@link Application}'s methods check them; docs/selection.md shows them as a table.
 */
public enum Transition {
    SUBMIT(SUBMITTED, DRAFT),
    START_REVIEW(UNDER_REVIEW, SUBMITTED),
    SCHEDULE_VISIT(VISIT_SCHEDULED, UNDER_REVIEW),
    CANCEL_VISIT(UNDER_REVIEW, VISIT_SCHEDULED),
    CLOSE_EVALUATION(EVALUATED, VISIT_SCHEDULED),
    PUT_ON_AGENDA(IN_COMMITTEE, EVALUATED),
    REMOVE_FROM_AGENDA(EVALUATED, IN_COMMITTEE),
    ACCEPT(ACCEPTED, IN_COMMITTEE),
    /** A renewal whose evaluation passes, when the committee may be skipped (a setting). */
    ACCEPT_WITHOUT_COMMITTEE(ACCEPTED, EVALUATED),
    DECLINE(DECLINED, IN_COMMITTEE),
    DEFER(DEFERRED, IN_COMMITTEE),
    /** By the director (or the animator, as a setting), e.g. outside the territory. */
    DECLINE_WITHOUT_VISIT(DECLINED, SUBMITTED, UNDER_REVIEW),
    REOPEN_FOR_REVIEW(UNDER_REVIEW, DEFERRED),
    REOPEN_WITH_VISIT(VISIT_SCHEDULED, DEFERRED),
    /** By the candidate (or staff for them) before a final decision; a deferred file may be withdrawn too. */
    WITHDRAW(WITHDRAWN, DRAFT, SUBMITTED, UNDER_REVIEW, VISIT_SCHEDULED, EVALUATED, IN_COMMITTEE, DEFERRED);

    private final ApplicationState to;
    private final Set<ApplicationState> from;

    Transition(ApplicationState to, ApplicationState first, ApplicationState... others) {
        this.to = to;
        this.from = EnumSet.of(first, others);
    }

    public ApplicationState to() {
        return to;
    }

    public Set<ApplicationState> from() {
        return EnumSet.copyOf(from);
    }

    public boolean allowedFrom(ApplicationState state) {
        return from.contains(state);
    }

    /** The explanation shown when refused: {@code selection.refused.submit}, {@code selection.refused.startReview}… */
    public String messageKey() {
        StringBuilder key = new StringBuilder("selection.refused.");
        boolean upper = false;
        for (char c : name().toLowerCase().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** Throws unless the transition may leave {@code state}. */
    void check(ApplicationState state) {
        if (!allowedFrom(state)) {
            throw new ApplicationTransitionRefused(state, name(), messageKey());
        }
    }
}
