package fr.ambassade.selection.web;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.Commands;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The committee's decision on an application of its agenda: ACCEPTED (reasons), DECLINED (reasons and feedback per
 * brand value written for the candidate) or DEFERRED (reasons, conditions and a review date). The domain checks what
 * each decision needs.
 */
class CommitteeDecisionForm {

    private long applicationId;

    private long version;

    private ApplicationState decision;

    @Size(max = 4000)
    private String reasons;

    private Map<String, String> feedback = new LinkedHashMap<>();

    @Size(max = 4000)
    private String conditions;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewDate;

    Commands.CommitteeDecision toCommand(long sessionId) {
        Map<String, String> written = new LinkedHashMap<>();
        feedback.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(code, text.strip());
            }
        });
        return new Commands.CommitteeDecision(
                sessionId,
                applicationId,
                version,
                decision,
                reasons,
                decision == ApplicationState.DECLINED ? written : Map.of(),
                decision == ApplicationState.DEFERRED ? conditions : null,
                decision == ApplicationState.DEFERRED ? reviewDate : null);
    }

    public long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(long applicationId) {
        this.applicationId = applicationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ApplicationState getDecision() {
        return decision;
    }

    public void setDecision(ApplicationState decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Map<String, String> getFeedback() {
        return feedback;
    }

    public void setFeedback(Map<String, String> feedback) {
        this.feedback = feedback == null ? new LinkedHashMap<>() : feedback;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }
}
