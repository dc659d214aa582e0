package fr.ambassade.selection;

import fr.ambassade.shared.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who may do what in the selection (route rules, navigation and the services use these lists). */
public final class SelectionRoles {

    /** Staff who run the selection: schedule visits, close evaluations, prepare committees, record decisions. */
    public static final Set<Role> MANAGERS =
            Collections.unmodifiableSet(EnumSet.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN));

    /**
     * Who records a committee's decisions: the director, who chairs the committee, and the administrator (who stands
     * in for an absent director account). The animator prepares the session and its agenda but does not record the
     * decision on the files they recommended.
     */
    public static final Set<Role> DECIDERS = Collections.unmodifiableSet(EnumSet.of(Role.DIRECTOR, Role.ADMIN));

    /** Staff who may read the application queue and files (every staff role: evaluators come from all of them). */
    public static final Set<Role> READERS = Collections.unmodifiableSet(EnumSet.copyOf(Role.STAFF));

    private SelectionRoles() {}
}
