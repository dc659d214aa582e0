package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Withdrawing an application: a reason and an explicit confirmation. */
public class WithdrawForm {

    private long version;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    @AssertTrue
    private boolean confirmed;

    Commands.Step toCommand(long applicationId) {
        return new Commands.Step(applicationId, version, reason.strip());
    }

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

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
