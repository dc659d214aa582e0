package fr.ambassade.membership.web;

import fr.ambassade.membership.domain.SignCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The charter signature: the name typed and the explicit consent, with the version and language shown. */
public class SignatureForm {

    private int charterVersion;
    private String language;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    private boolean consent;

    SignCommand toCommand() {
        return new SignCommand(charterVersion, language, fullName, consent);
    }

    public int getCharterVersion() {
        return charterVersion;
    }

    public void setCharterVersion(int charterVersion) {
        this.charterVersion = charterVersion;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
