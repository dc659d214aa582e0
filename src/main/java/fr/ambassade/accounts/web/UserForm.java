package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import fr.ambassade.shared.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Invitation (no id) and edit of a user: one form for both. */
public class UserForm {

    private Long id;
    private long version;

    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @Pattern(regexp = "fr|en")
    private String locale = "fr";

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Provider ids separated by commas or spaces. */
    @Pattern(regexp = "[0-9,\\s]*", message = "{accounts.user.establishments.invalid}")
    @Size(max = 2000)
    private String establishments = "";

    public static UserForm of(AccountView a) {
        UserForm f = new UserForm();
        f.id = a.id();
        f.version = a.version();
        f.email = a.email();
        f.displayName = a.displayName();
        f.locale = a.locale().getLanguage();
        f.roles = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
        f.establishments = a.establishments().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return f;
    }

    public boolean isNew() {
        return id == null;
    }

    /** False when an id does not fit (too many digits); the form then shows the field's error. */
    boolean establishmentIdsValid() {
        try {
            establishmentIds();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Set<Long> establishmentIds() {
        Set<Long> ids = new LinkedHashSet<>();
        if (establishments != null) {
            for (String part : establishments.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(Long.parseLong(part.trim()));
                }
            }
        }
        return ids;
    }

    AccountService.InviteCommand toInviteCommand() {
        return new AccountService.InviteCommand(
                email, displayName, Locale.forLanguageTag(locale), roles, establishmentIds());
    }

    AccountService.UpdateCommand toUpdateCommand(long accountId) {
        return new AccountService.UpdateCommand(
                accountId, version, displayName, Locale.forLanguageTag(locale), roles, establishmentIds());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getEstablishments() {
        return establishments;
    }

    public void setEstablishments(String establishments) {
        this.establishments = establishments;
    }
}
