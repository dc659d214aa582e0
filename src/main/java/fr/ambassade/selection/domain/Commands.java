package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The commands of the selection's services (forms build them with {@code toCommand()}). */
public final class Commands {

    private Commands() {}

    /**
     * A new draft. {@code providerId} may wait for staff to confirm the establishment match; {@code candidateEmail}
     * and {@code language} default to the applicant's account (else the provider's e-mail and French).
     */
    public record NewApplication(
            ApplicationKind kind, Long providerId, Long applicantAccountId, String candidateEmail, String language) {}

    /** The candidate's draft as typed (value code → self-assessment). */
    public record DraftChange(
            long applicationId,
            long expectedVersion,
            String motivation,
            Map<String, String> selfAssessment,
            Long providerId) {}

    /** A transition with nothing but its reason (the version the page showed guards against a stale edit). */
    public record Step(long applicationId, long expectedVersion, String reason) {}

    /** A decline outside a committee (director, or animator as a setting): feedback per value for the candidate. */
    public record DeclineWithoutVisit(
            long applicationId, long expectedVersion, Map<String, String> feedback, String reason) {}

    /** A visit to schedule; {@code reason} goes to the history (the staff's reason to reopen a deferred file). */
    public record ScheduleVisit(
            long applicationId,
            long expectedVersion,
            Instant startsAt,
            int durationMinutes,
            String place,
            Set<Long> evaluatorAccountIds,
            String reason) {

        public ScheduleVisit(
                long applicationId,
                long expectedVersion,
                Instant startsAt,
                int durationMinutes,
                String place,
                Set<Long> evaluatorAccountIds) {
            this(applicationId, expectedVersion, startsAt, durationMinutes, place, evaluatorAccountIds, null);
        }
    }

    public record RescheduleVisit(
            long visitId,
            long expectedVersion,
            Instant startsAt,
            int durationMinutes,
            String place,
            Set<Long> evaluatorAccountIds) {}

    public record CancelVisit(long visitId, long expectedVersion, String reason) {}

    /** The evaluator's first step on a visit: a conflict of interest, or none. */
    public record ConflictDeclaration(long visitId, boolean conflict, String note) {}

    /** The evaluator's scores (criterion id → score and evidence); {@code submit} ends the evaluation. */
    public record ScoreSheet(long visitId, Map<Long, ScoreEntry> scores, boolean submit) {}

    public record CloseEvaluation(long visitId, long expectedApplicationVersion, String recommendation) {}

    /** A new committee session: its date and hour in the destination's zone, place, members. */
    public record NewCommitteeSession(
            LocalDate heldOn,
            java.time.LocalTime startsAt,
            String place,
            Set<Long> memberAccountIds,
            java.util.List<String> externalMembers) {

        public NewCommitteeSession(
                LocalDate heldOn, String place, Set<Long> memberAccountIds, java.util.List<String> externalMembers) {
            this(heldOn, null, place, memberAccountIds, externalMembers);
        }
    }

    /** A change of a session's date, hour, place or members, made on the version the editor read. */
    public record CommitteeSessionChange(
            long sessionId,
            long expectedVersion,
            LocalDate heldOn,
            java.time.LocalTime startsAt,
            String place,
            Set<Long> memberAccountIds,
            java.util.List<String> externalMembers) {}

    /**
     * A committee's decision on an application of its agenda: ACCEPTED, DECLINED (feedback per value) or DEFERRED
     * (conditions and review date); {@code reasons} go to the minutes.
     */
    public record CommitteeDecision(
            long sessionId,
            long applicationId,
            long expectedVersion,
            ApplicationState decision,
            String reasons,
            Map<String, String> feedback,
            String conditions,
            LocalDate reviewDate) {}
}
