package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The public sign-up form: the full name (matched later against the charter signature), the e-mail, the language of
 * the e-mails (French, English or Dutch) and the password typed twice ({@link NewPasswordFields}).
 */
public class SignUpForm extends NewPasswordFields {

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotBlank
    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    @NotBlank
    @Pattern(regexp = "fr|en|nl")
    private String language = "fr";

    AccountService.SignUpCommand toCommand() {
        return new AccountService.SignUpCommand(
                email, displayName.strip(), Locale.forLanguageTag(language), getPassword());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
