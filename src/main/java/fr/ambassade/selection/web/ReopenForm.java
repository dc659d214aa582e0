package fr.ambassade.selection.web;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.Commands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Set;

/**
 * Reopening a deferred file: back to the review ({@code UNDER_REVIEW}) or straight to a new visit
 * ({@code VISIT_SCHEDULED}, whose date, place and evaluators are the visit's fields), with the staff's reason.
 */
public class ReopenForm extends VisitForm {

    /** The two states a deferred file may reopen to. */
    static final Set<ApplicationState> TARGETS =
            Set.of(ApplicationState.UNDER_REVIEW, ApplicationState.VISIT_SCHEDULED);

    private ApplicationState to = ApplicationState.UNDER_REVIEW;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    boolean withVisit() {
        return to == ApplicationState.VISIT_SCHEDULED;
    }

    Commands.Step toStep(long applicationId) {
        return new Commands.Step(applicationId, getVersion(), reason.strip());
    }

    Commands.ScheduleVisit toReopenWithVisit(long applicationId, ZoneId zone) {
        Commands.ScheduleVisit visit = toSchedule(applicationId, zone);
        return new Commands.ScheduleVisit(
                visit.applicationId(),
                visit.expectedVersion(),
                visit.startsAt(),
                visit.durationMinutes(),
                visit.place(),
                visit.evaluatorAccountIds(),
                reason.strip());
    }

    public ApplicationState getTo() {
        return to;
    }

    public void setTo(ApplicationState to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
