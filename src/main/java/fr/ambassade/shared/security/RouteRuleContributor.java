package fr.ambassade.shared.security;

import java.util.List;

/**
 * Each module declares the authorization rules of its own routes as a bean of this type. Rules are
 * applied in the order given (most specific first within a module); contributors are ordered by
 * {@link org.springframework.core.annotation.Order}; anything not covered is denied. The same bean declares the
 * module's upload routes and their size limits ({@link #uploadLimits()}).
 */
public interface RouteRuleContributor {
    List<RouteRule> routeRules();

    /**
     * The routes of this module that accept files, each with its limit. Any other request body is limited to
     * {@link UploadLimit#DEFAULT_BODY}, and anonymous requests always are.
     */
    default List<UploadLimit> uploadLimits() {
        return List.of();
    }
}
