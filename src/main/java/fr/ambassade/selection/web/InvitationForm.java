package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.InvitationService;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The invitation to apply: the address (the provider's by default), the person's name and their language. */
public class InvitationForm {

    @NotNull
    private Long providerId;

    @NotBlank
    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Pattern(regexp = "fr|en|nl")
    private String language = "fr";

    InvitationService.Invitation toCommand() {
        return new InvitationService.Invitation(providerId, email, displayName, Locale.forLanguageTag(language));
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
