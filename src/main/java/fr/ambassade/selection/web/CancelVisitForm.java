package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;

/** Cancels a visit (the visit's version, a reason). */
public class CancelVisitForm {

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

    Commands.CancelVisit toCommand(long visitId) {
        return new Commands.CancelVisit(visitId, version, StepForm.blankToNull(reason));
    }
}
