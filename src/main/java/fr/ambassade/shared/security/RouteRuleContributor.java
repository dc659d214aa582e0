package fr.ambassade.shared.security;

import java.util.List;

/**
 * Each module declares the authorization rules of its own routes as a bean of this type. Rules are
 * applied in the order given (most specific first within a module); contributors are ordered by
 * {@link org.springframework.core.annotation.Order}; anything not covered is denied.
 */
public interface RouteRuleContributor {
    List<RouteRule> routeRules();
}
