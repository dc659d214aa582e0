package fr.ambassade.shared.web;

import fr.ambassade.shared.security.Role;
import java.util.Set;

/**
 * An entry of the back-office navigation, declared as a bean by the module that owns the section.
 *
 * @param messageKey label key, e.g. {@code nav.settings}
 * @param path link target, e.g. {@code /admin/settings}
 * @param roles roles that see the entry (a user with any of them)
 * @param order position in the menu
 */
public record AdminNavItem(String messageKey, String path, Set<Role> roles, int order) {

    public boolean visibleTo(java.util.Collection<String> authorities) {
        return roles.stream().anyMatch(r -> authorities.contains(r.authority()));
    }
}
