package fr.ambassade.accounts;

import fr.ambassade.shared.security.Role;
import java.util.Locale;
import java.util.Set;

/**
 * A user as other modules see it.
 *
 * @param id account id
 * @param email lowercased e-mail, also the login
 * @param displayName name shown to others
 * @param roles roles (staff roles combine)
 * @param locale the user's language (French or English), used for their e-mails
 * @param enabled false when deactivated (cannot log in)
 */
public record AccountRef(long id, String email, String displayName, Set<Role> roles, Locale locale, boolean enabled) {

    public AccountRef {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /**
     * Whether the account may be linked to establishments: a provider user (candidate or ambassador), never a staff
     * account (staff already see every establishment, and a link would make a staff member act as the provider).
     */
    public boolean isProviderUser() {
        return hasRole(Role.PROVIDER) && !isStaff();
    }
}
