package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ResetForm {
    @NotBlank
    private String token;

    @NotBlank
    @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200)
    private String password;

    @NotBlank
    private String confirmation;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
