package fr.ambassade.accounts.domain;

import fr.ambassade.shared.security.Role;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security holds it (the e-mail is the user name). {@code credentialsVersion} is the
 * account's value when the session logged in: a later password change makes it stale and ends the session.
 */
public record AccountPrincipal(
        long id,
        String email,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Locale locale,
        boolean enabled,
        long credentialsVersion)
        implements UserDetails, java.io.Serializable {

    static AccountPrincipal of(Account a) {
        return new AccountPrincipal(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getPasswordHash(),
                a.getRoles(),
                a.getLocale(),
                // an account whose e-mail is not verified yet cannot log in (the login page answers as for a wrong
                // password: it says nothing of who has an account)
                a.isEnabled() && a.isEmailVerified(),
                a.getCredentialsVersion());
    }

    /** The same user without the password hash, to keep in the session after login. */
    public AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, email, displayName, null, roles, locale, enabled, credentialsVersion);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        // an invited user without a password yet cannot log in: no hash matches this value
        return passwordHash == null ? "{noop}" + java.util.UUID.randomUUID() + "-no-password" : passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + "]";
    }
}
