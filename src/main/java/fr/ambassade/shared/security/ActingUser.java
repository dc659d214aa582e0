package fr.ambassade.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way to find who acts in the current request (controllers, services, model advice): read from the
 * security context here, never through {@code Principal}/{@code Authentication} parameters or
 * {@code SecurityContextHolder} in module code. Anonymous visitors and jobs without a login have no name and no
 * roles. The account itself (id, display name, establishments) comes from accounts' {@code CurrentUser}, which
 * builds on this class.
 */
public final class ActingUser {

    /** The name written in audit entries and run reports when no one is logged in (start-up, jobs). */
    public static final String SYSTEM = "system";

    private ActingUser() {}

    /** The authentication of a logged-in user; empty for anonymous visitors and outside requests. */
    public static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }

    /** The login name (the account's e-mail address) of the logged-in user. */
    public static Optional<String> name() {
        return authentication().map(Authentication::getName);
    }

    /** The login name, or {@value #SYSTEM} when no one is logged in. */
    public static String nameOrSystem() {
        return name().orElse(SYSTEM);
    }

    /** The roles granted to the current request (empty when anonymous). */
    public static Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().ifPresent(auth -> {
            for (GrantedAuthority a : auth.getAuthorities()) {
                for (Role r : Role.values()) {
                    if (r.authority().equals(a.getAuthority())) {
                        roles.add(r);
                    }
                }
            }
        });
        return roles;
    }

    public static boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Whether the user holds at least one of these roles: how templates and controllers test a role list. */
    public static boolean hasAnyRole(Collection<Role> anyOf) {
        Set<Role> held = roles();
        return anyOf.stream().anyMatch(held::contains);
    }
}
