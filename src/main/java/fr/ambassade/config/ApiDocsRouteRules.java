package fr.ambassade.config;

import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The description of the public API is public, as the API is: the OpenAPI 3 document ({@code /v3/api-docs},
 * springdoc, limited to {@code /api/**} by {@code springdoc.paths-to-match}) and its readable page (Swagger UI).
 */
@Component
@Order(11)
class ApiDocsRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll("/v3/api-docs").on(HttpMethod.GET),
                RouteRule.permitAll("/v3/api-docs/**").on(HttpMethod.GET),
                RouteRule.permitAll("/v3/api-docs.yaml").on(HttpMethod.GET),
                RouteRule.permitAll("/swagger-ui.html").on(HttpMethod.GET),
                RouteRule.permitAll("/swagger-ui/**").on(HttpMethod.GET));
    }
}
