package fr.ambassade.accounts.web;

import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ForgotForm {
    @NotBlank
    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
