package fr.ambassade.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** The password chosen through a set-password link (reset, invitation, first administrator). */
public class ResetForm extends NewPasswordFields {
    @NotBlank
    private String token;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
