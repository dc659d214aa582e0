package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application as staff see it (its score and the animator's recommendation included). The candidate's pages use
 * {@link #forCandidate()}, which has neither.
 */
public record ApplicationView(
        long id,
        ApplicationKind kind,
        ApplicationState state,
        Long providerId,
        Long applicantAccountId,
        Long invitedByAccountId,
        String candidateEmail,
        String candidateLanguage,
        String motivation,
        Map<String, String> selfAssessment,
        String recommendation,
        String deferralConditions,
        LocalDate reviewDate,
        Map<String, String> declineFeedback,
        String withdrawReason,
        BigDecimal scorePercent,
        int gridVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant decidedAt,
        List<HistoryEntry> history,
        long version) {

    public ApplicationView {
        selfAssessment = Collections.unmodifiableMap(new LinkedHashMap<>(selfAssessment));
        declineFeedback = Collections.unmodifiableMap(new LinkedHashMap<>(declineFeedback));
        history = List.copyOf(history);
    }

    static ApplicationView of(Application a) {
        return new ApplicationView(
                a.getId(),
                a.getKind(),
                a.getState(),
                a.getProviderId(),
                a.getApplicantAccountId(),
                a.getInvitedByAccountId(),
                a.getCandidateEmail(),
                a.getCandidateLanguage(),
                a.getMotivation(),
                a.getSelfAssessment(),
                a.getRecommendation(),
                a.getDeferralConditions(),
                a.getReviewDate(),
                a.getDeclineFeedback(),
                a.getWithdrawReason(),
                a.getScorePercent(),
                a.getGridVersion(),
                a.getCreatedAt(),
                a.getUpdatedAt(),
                a.getSubmittedAt(),
                a.getDecidedAt(),
                a.history(),
                a.getVersion());
    }

    static ApplicationSummary summary(Application a) {
        return new ApplicationSummary(
                a.getId(),
                a.getKind(),
                a.getState(),
                a.getProviderId() == null ? 0 : a.getProviderId(),
                a.getApplicantAccountId(),
                a.getSubmittedAt(),
                a.getDecidedAt(),
                a.getScorePercent(),
                a.getGridVersion());
    }

    /** What the candidate may see: the decision and the feedback written for them, never a score. */
    public CandidateApplicationView forCandidate() {
        return new CandidateApplicationView(
                id,
                kind,
                state,
                providerId,
                motivation,
                selfAssessment,
                deferralConditions,
                reviewDate,
                declineFeedback,
                submittedAt,
                decidedAt,
                history.stream()
                        .map(h -> new HistoryEntry(h.from(), h.to(), h.at(), null, null))
                        .toList(),
                version);
    }

    /** The candidate's view of their application (no score, no recommendation, no staff names or reasons). */
    public record CandidateApplicationView(
            long id,
            ApplicationKind kind,
            ApplicationState state,
            Long providerId,
            String motivation,
            Map<String, String> selfAssessment,
            String deferralConditions,
            LocalDate reviewDate,
            Map<String, String> declineFeedback,
            Instant submittedAt,
            Instant decidedAt,
            List<HistoryEntry> history,
            long version) {}
}
