package fr.ambassade.dashboard;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Route rules of the dashboard's lists. The home page {@code /admin} itself keeps its rule in accounts (every staff
 * role: the page decides what each one sees).
 */
@Component
@Order(36)
class DashboardConfiguration implements RouteRuleContributor {

    @Override
    public List<RouteRule> routeRules() {
        Role[] readers = DashboardRoles.READERS.toArray(Role[]::new);
        return List.of(
                RouteRule.roles("/admin/dashboard/ambassadors", readers).on(HttpMethod.GET),
                RouteRule.roles("/admin/dashboard/communes", readers).on(HttpMethod.GET));
    }
}
