package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signed-in user's own password change: the current password, the new one (rules as for a reset) twice. */
public class ChangePasswordForm {
    @NotBlank
    @Size(max = 200)
    private String currentPassword;

    @NotBlank
    @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200)
    private String password;

    @NotBlank
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

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

    /** A refused form comes back without any password in it. */
    void forgetPasswords() {
        currentPassword = null;
        password = null;
        confirmation = null;
    }
}
