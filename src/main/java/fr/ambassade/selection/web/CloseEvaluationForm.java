package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;

/** The animator closes the evaluation with the recommendation (the application's version the page showed). */
public class CloseEvaluationForm {

    private long version;
    private String recommendation;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    Commands.CloseEvaluation toCommand(long visitId) {
        return new Commands.CloseEvaluation(visitId, version, StepForm.blankToNull(recommendation));
    }
}
