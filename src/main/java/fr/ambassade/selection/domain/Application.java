package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationIncomplete;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An application for the ambassador title. Each transition is one method that checks {@link Transition} (and its own
 * rules: a complete file to submit, feedback to decline, conditions and a review date to defer) and records who, when
 * and why in the history; the service adds the audit entry, the candidate's e-mail and the events.
 */
@Entity
@Table(name = "application")
class Application {

    static final int MOTIVATION_MAX = 4000;
    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Column(name = "invited_by_account_id")
    private Long invitedByAccountId;

    @Column(name = "candidate_email")
    private String candidateEmail;

    @Column(name = "candidate_language")
    private String candidateLanguage;

    private String motivation;

    @Convert(converter = TextMapJson.class)
    @Column(name = "self_assessment", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private Map<String, String> selfAssessment = new LinkedHashMap<>();

    private String recommendation;

    @Column(name = "deferral_conditions")
    private String deferralConditions;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Convert(converter = TextMapJson.class)
    @Column(name = "decline_feedback", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private Map<String, String> declineFeedback = new LinkedHashMap<>();

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    @Column(name = "grid_version")
    private int gridVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ApplicationHistoryRow> history = new ArrayList<>();

    protected Application() {}

    /** A new draft (created by the candidate, or by staff inviting a provider). */
    Application(
            ApplicationKind kind,
            Long providerId,
            Long applicantAccountId,
            Long invitedByAccountId,
            String candidateEmail,
            String candidateLanguage,
            Long byAccountId,
            Instant now) {
        this.kind = kind;
        this.state = ApplicationState.DRAFT;
        this.providerId = providerId;
        this.applicantAccountId = applicantAccountId;
        this.invitedByAccountId = invitedByAccountId;
        this.candidateEmail = candidateEmail;
        this.candidateLanguage = language(candidateLanguage);
        this.createdAt = now;
        this.updatedAt = now;
        history.add(new ApplicationHistoryRow(
                null, ApplicationState.DRAFT, now, byAccountId, invitedByAccountId == null ? null : "invited"));
    }

    private static String language(String code) {
        return code != null && List.of("fr", "en", "nl").contains(code) ? code : "fr";
    }

    // the draft

    /** The candidate edits the draft (only a draft: a submitted file is the staff's to review). */
    void editDraft(String motivation, Map<String, String> selfAssessment, Long providerId, Instant now) {
        if (state != ApplicationState.DRAFT) {
            throw new fr.ambassade.selection.ApplicationTransitionRefused(state, "EDIT", "selection.refused.edit");
        }
        if (motivation != null && motivation.length() > MOTIVATION_MAX) {
            throw RefusedChange.onField("motivation", "selection.error.tooLong", MOTIVATION_MAX);
        }
        Map<String, String> cleaned = new LinkedHashMap<>();
        if (selfAssessment != null) {
            selfAssessment.forEach((code, text) -> {
                if (text != null && !text.isBlank()) {
                    if (text.length() > TEXT_MAX) {
                        throw RefusedChange.onField(
                                "selfAssessment[" + code + "]", "selection.error.tooLong", TEXT_MAX);
                    }
                    cleaned.put(code, text.strip());
                }
            });
        }
        this.motivation = blankToNull(motivation);
        this.selfAssessment = cleaned;
        if (providerId != null) {
            this.providerId = providerId;
        }
        this.updatedAt = now;
    }

    /** The fields a submission lacks, as form paths, in form order. */
    List<String> missingForSubmission(Collection<String> valueCodes) {
        List<String> missing = new ArrayList<>();
        if (providerId == null) {
            missing.add("providerId");
        }
        if (motivation == null || motivation.isBlank()) {
            missing.add("motivation");
        }
        for (String code : valueCodes) {
            String text = selfAssessment.get(code);
            if (text == null || text.isBlank()) {
                missing.add("selfAssessment[" + code + "]");
            }
        }
        return missing;
    }

    // transitions

    void submit(Collection<String> valueCodes, Long by, Instant now) {
        Transition.SUBMIT.check(state);
        List<String> missing = missingForSubmission(valueCodes);
        if (!missing.isEmpty()) {
            throw new ApplicationIncomplete(missing);
        }
        move(Transition.SUBMIT, by, now, null);
        this.submittedAt = now;
    }

    void startReview(Long by, Instant now, String reason) {
        move(Transition.START_REVIEW, by, now, reason);
    }

    void visitScheduled(Long by, Instant now, String reason) {
        move(Transition.SCHEDULE_VISIT, by, now, reason);
    }

    void visitCancelled(Long by, Instant now, String reason) {
        move(Transition.CANCEL_VISIT, by, now, reason);
    }

    /** The animator closes the evaluation: the score of the submitted evaluations and the recommendation. */
    void evaluated(BigDecimal scorePercent, int gridVersion, String recommendation, Long by, Instant now) {
        Transition.CLOSE_EVALUATION.check(state);
        if (recommendation == null || recommendation.isBlank()) {
            throw RefusedChange.onField("recommendation", "selection.error.recommendationRequired");
        }
        move(Transition.CLOSE_EVALUATION, by, now, null);
        this.scorePercent = scorePercent;
        this.gridVersion = gridVersion;
        this.recommendation = recommendation.strip();
    }

    void putOnAgenda(Long by, Instant now, String reason) {
        move(Transition.PUT_ON_AGENDA, by, now, reason);
    }

    void removeFromAgenda(Long by, Instant now, String reason) {
        move(Transition.REMOVE_FROM_AGENDA, by, now, reason);
    }

    void accept(Long by, Instant now, String reason) {
        move(Transition.ACCEPT, by, now, reason);
        this.decidedAt = now;
    }

    /** A renewal accepted without a committee: only a renewal whose evaluation passed. */
    void acceptWithoutCommittee(boolean evaluationPassed, Long by, Instant now, String reason) {
        Transition.ACCEPT_WITHOUT_COMMITTEE.check(state);
        if (kind != ApplicationKind.RENEWAL || !evaluationPassed) {
            throw new fr.ambassade.selection.ApplicationTransitionRefused(
                    state, Transition.ACCEPT_WITHOUT_COMMITTEE.name(), "selection.refused.acceptWithoutCommitteeRule");
        }
        move(Transition.ACCEPT_WITHOUT_COMMITTEE, by, now, reason);
        this.decidedAt = now;
    }

    void decline(Map<String, String> feedback, Long by, Instant now, String reason) {
        declineBy(Transition.DECLINE, feedback, by, now, reason);
    }

    void declineWithoutVisit(Map<String, String> feedback, Long by, Instant now, String reason) {
        declineBy(Transition.DECLINE_WITHOUT_VISIT, feedback, by, now, reason);
    }

    private void declineBy(Transition t, Map<String, String> feedback, Long by, Instant now, String reason) {
        t.check(state);
        Map<String, String> cleaned = new LinkedHashMap<>();
        if (feedback != null) {
            feedback.forEach((code, text) -> {
                if (text != null && !text.isBlank()) {
                    cleaned.put(code, text.strip());
                }
            });
        }
        if (cleaned.isEmpty()) {
            throw RefusedChange.onField("feedback", "selection.error.feedbackRequired");
        }
        move(t, by, now, reason);
        this.declineFeedback = cleaned;
        this.decidedAt = now;
    }

    void defer(String conditions, LocalDate reviewDate, LocalDate today, Long by, Instant now, String reason) {
        Transition.DEFER.check(state);
        if (conditions == null || conditions.isBlank()) {
            throw RefusedChange.onField("conditions", "selection.error.conditionsRequired");
        }
        if (reviewDate == null || !reviewDate.isAfter(today)) {
            throw RefusedChange.onField("reviewDate", "selection.error.reviewDateInFuture");
        }
        move(Transition.DEFER, by, now, reason);
        this.deferralConditions = conditions.strip();
        this.reviewDate = reviewDate;
        this.decidedAt = now;
    }

    /** A deferred file reopened: back to the review, or straight to a new visit. */
    void reopen(boolean withVisit, Long by, Instant now, String reason) {
        move(withVisit ? Transition.REOPEN_WITH_VISIT : Transition.REOPEN_FOR_REVIEW, by, now, reason);
        this.decidedAt = null;
    }

    void withdraw(String reason, Long by, Instant now) {
        move(Transition.WITHDRAW, by, now, reason);
        this.withdrawReason = blankToNull(reason);
        this.decidedAt = now;
    }

    /**
     * Erases the candidate's personal fields of a declined or withdrawn file after the retention period (the decision,
     * dates and score stay for the statistics).
     */
    void erasePersonalData(Instant now) {
        if (state != ApplicationState.DECLINED && state != ApplicationState.WITHDRAWN) {
            throw new IllegalStateException("Only a declined or withdrawn application is erased");
        }
        motivation = null;
        selfAssessment = new LinkedHashMap<>();
        declineFeedback = new LinkedHashMap<>();
        candidateEmail = null;
        withdrawReason = null;
        deferralConditions = null;
        recommendation = null;
        history.forEach(ApplicationHistoryRow::eraseReason);
        personalDataErasedAt = now;
        updatedAt = now;
    }

    private void move(Transition t, Long by, Instant now, String reason) {
        t.check(state);
        history.add(new ApplicationHistoryRow(state, t.to(), now, by, blankToNull(reason)));
        this.state = t.to();
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // reads

    Long getId() {
        return id;
    }

    ApplicationKind getKind() {
        return kind;
    }

    ApplicationState getState() {
        return state;
    }

    Long getProviderId() {
        return providerId;
    }

    Long getApplicantAccountId() {
        return applicantAccountId;
    }

    Long getInvitedByAccountId() {
        return invitedByAccountId;
    }

    String getCandidateEmail() {
        return candidateEmail;
    }

    String getCandidateLanguage() {
        return candidateLanguage;
    }

    String getMotivation() {
        return motivation;
    }

    Map<String, String> getSelfAssessment() {
        return new LinkedHashMap<>(selfAssessment);
    }

    String getRecommendation() {
        return recommendation;
    }

    String getDeferralConditions() {
        return deferralConditions;
    }

    LocalDate getReviewDate() {
        return reviewDate;
    }

    Map<String, String> getDeclineFeedback() {
        return new LinkedHashMap<>(declineFeedback);
    }

    String getWithdrawReason() {
        return withdrawReason;
    }

    BigDecimal getScorePercent() {
        return scorePercent;
    }

    int getGridVersion() {
        return gridVersion;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    long getVersion() {
        return version;
    }

    List<HistoryEntry> history() {
        return history.stream().map(ApplicationHistoryRow::toEntry).toList();
    }
}
