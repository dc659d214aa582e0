package fr.ambassade.shared.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of ENGINEERING.md §7. Staff roles are combinable. */
public enum Role {
    COUNSELOR,
    ANIMATOR,
    EDITOR,
    DIRECTOR,
    ADMIN,
    PROVIDER,
    RESIDENT;

    public static final Set<Role> STAFF = EnumSet.of(COUNSELOR, ANIMATOR, EDITOR, DIRECTOR, ADMIN);

    public boolean isStaff() {
        return STAFF.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
