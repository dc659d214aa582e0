package fr.ambassade.membership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A status change that needs its reason (suspend, reinstate, withdraw), with the version the page showed. */
public class ReasonForm {

    @NotBlank
    @Size(max = 2000)
    private String reason;

    private long version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
