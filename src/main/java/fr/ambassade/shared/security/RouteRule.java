package fr.ambassade.shared.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One explicit authorization rule: a path pattern (Spring {@code PathPattern} syntax), an optional HTTP
 * method, and who may call it. Every mapped route must be covered by a rule (deny by default; the
 * route-security test fails otherwise).
 */
public record RouteRule(HttpMethod method, String pattern, Access access, Set<Role> roles) {

    public enum Access {
        PUBLIC,
        AUTHENTICATED,
        ROLES
    }

    public static RouteRule permitAll(String pattern) {
        return new RouteRule(null, pattern, Access.PUBLIC, Set.of());
    }

    public static RouteRule authenticated(String pattern) {
        return new RouteRule(null, pattern, Access.AUTHENTICATED, Set.of());
    }

    public static RouteRule roles(String pattern, Role... roles) {
        return new RouteRule(null, pattern, Access.ROLES, EnumSet.copyOf(Arrays.asList(roles)));
    }

    public static RouteRule staff(String pattern) {
        return new RouteRule(null, pattern, Access.ROLES, Role.STAFF);
    }

    public RouteRule on(HttpMethod httpMethod) {
        return new RouteRule(httpMethod, pattern, access, roles);
    }
}
