package fr.ambassade.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signed-in user's own password change: the current password, the new one (rules as for a reset) twice. */
public class ChangePasswordForm extends NewPasswordFields {
    @NotBlank
    @Size(max = 200)
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    /** A refused form comes back without any password in it. */
    void forgetPasswords() {
        currentPassword = null;
        setPassword(null);
        setConfirmation(null);
    }
}
