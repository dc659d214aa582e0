package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decline without a visit: feedback per value (value code → text) for the candidate, and the staff's reason. */
public class DeclineForm {

    private long version;
    private Map<String, String> feedback = new LinkedHashMap<>();
    private String reason;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<String, String> getFeedback() {
        return feedback;
    }

    public void setFeedback(Map<String, String> feedback) {
        this.feedback = feedback;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    Commands.DeclineWithoutVisit toCommand(long applicationId) {
        Map<String, String> written = new LinkedHashMap<>();
        feedback.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(code, text.strip());
            }
        });
        return new Commands.DeclineWithoutVisit(applicationId, version, written, StepForm.blankToNull(reason));
    }
}
