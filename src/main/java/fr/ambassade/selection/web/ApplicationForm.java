package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.Commands;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The candidate's draft: the motivation and a short self-assessment per brand value (value code → text). The
 * establishment is chosen on its own page; {@code providerId} only carries the refusal "no establishment yet".
 */
public class ApplicationForm {

    private long version;
    private String motivation;
    private Map<String, String> selfAssessment = new LinkedHashMap<>();
    private Long providerId;

    static ApplicationForm of(ApplicationView.CandidateApplicationView a) {
        ApplicationForm form = new ApplicationForm();
        form.version = a.version();
        form.motivation = a.motivation();
        form.selfAssessment = new LinkedHashMap<>(a.selfAssessment());
        form.providerId = a.providerId();
        return form;
    }

    Commands.DraftChange toCommand(long applicationId) {
        return new Commands.DraftChange(applicationId, version, motivation, selfAssessment, null);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public Map<String, String> getSelfAssessment() {
        return selfAssessment;
    }

    public void setSelfAssessment(Map<String, String> selfAssessment) {
        this.selfAssessment = selfAssessment;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
