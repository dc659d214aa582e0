package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;

/** A transition with its reason (start the review), with the version the page showed. */
public class StepForm {

    private long version;
    private String reason;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    Commands.Step toCommand(long applicationId) {
        return new Commands.Step(applicationId, version, blankToNull(reason));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
