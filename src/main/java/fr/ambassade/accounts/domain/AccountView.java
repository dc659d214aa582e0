package fr.ambassade.accounts.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.shared.security.Role;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account as the pages, the security filters and the facade read it (the entity stays in this package). No
 * password hash: {@link #hasPassword()} only says whether one is set.
 */
public record AccountView(
        long id,
        String email,
        String displayName,
        Set<Role> roles,
        Locale locale,
        boolean enabled,
        boolean hasPassword,
        boolean demo,
        long version,
        long credentialsVersion,
        Set<Long> establishments,
        Instant createdAt) {

    public AccountView {
        // sorted, as the pages list them
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        establishments = Collections.unmodifiableSet(new TreeSet<>(establishments));
    }

    static AccountView of(Account a) {
        return new AccountView(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRoles(),
                a.getLocale(),
                a.isEnabled(),
                a.hasPassword(),
                a.isDemo(),
                a.getVersion(),
                a.getCredentialsVersion(),
                a.getEstablishments(),
                a.getCreatedAt());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** The record other modules get ({@code Accounts}). */
    public AccountRef toRef() {
        return new AccountRef(id, email, displayName, roles, locale, enabled);
    }

    /** The user as the session keeps it after login (without the password hash). */
    public AccountPrincipal principal() {
        return new AccountPrincipal(id, email, displayName, null, roles, locale, enabled, credentialsVersion);
    }
}
