package fr.ambassade.membership;

import fr.ambassade.shared.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who may do what with memberships: the one list the route rules, the navigation and the pages use. */
public final class MembershipRoles {

    /** Staff who read memberships and tick the yearly commitments. */
    public static final Set<Role> READERS =
            Collections.unmodifiableSet(EnumSet.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN));

    /** Who suspends, reinstates and withdraws a membership. */
    public static final Set<Role> DECIDERS = Collections.unmodifiableSet(EnumSet.of(Role.DIRECTOR));

    private MembershipRoles() {}
}
