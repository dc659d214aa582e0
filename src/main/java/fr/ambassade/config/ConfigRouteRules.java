package fr.ambassade.config;

import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The health endpoint is public (status and component names only, never details) for load balancers. */
@Component
@Order(10)
class ConfigRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll("/actuator/health").on(HttpMethod.GET),
                RouteRule.permitAll("/actuator/health/**").on(HttpMethod.GET));
    }
}
