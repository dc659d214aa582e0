package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password typed twice, with the one length rule of every way of setting it (reset, invitation, change). */
public abstract class NewPasswordFields {
    @NotBlank
    @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200)
    private String password;

    @NotBlank
    private String confirmation;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
