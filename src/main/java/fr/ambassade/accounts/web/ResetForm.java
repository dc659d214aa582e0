package fr.ambassade.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** The password chosen through a set-password link (reset, invitation, first administrator). */
public class ResetForm extends NewPasswordFields {
    @NotBlank
    private String token;

    /** Where to go after the login (a local path; anything else is dropped): {@code next} of the link. */
    private String next;

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
