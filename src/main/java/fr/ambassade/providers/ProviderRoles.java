package fr.ambassade.providers;

import fr.ambassade.shared.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in the directory: the one list the route rules, the navigation and the templates use (templates
 * get it as the model attribute {@code mayEditProviders}, never as role names typed in {@code sec:authorize}).
 */
public final class ProviderRoles {

    /** Staff who may create, edit, merge and export providers; every staff member may read. */
    public static final Set<Role> EDITORS =
            Collections.unmodifiableSet(EnumSet.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN));

    private ProviderRoles() {}
}
