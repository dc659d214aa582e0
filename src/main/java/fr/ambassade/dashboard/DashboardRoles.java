package fr.ambassade.dashboard;

import fr.ambassade.shared.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who sees the dashboard's figures: the one list the route rules and the home page use. */
public final class DashboardRoles {

    /**
     * Staff who see the panel and its lists: the director, for whom it is made, and the animator and the administrator,
     * who read the memberships the figures link to. Other staff (counselor, editor) get the welcome only.
     */
    public static final Set<Role> READERS =
            Collections.unmodifiableSet(EnumSet.of(Role.DIRECTOR, Role.ANIMATOR, Role.ADMIN));

    private DashboardRoles() {}
}
