package fr.ambassade.selection;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * The staff's JSON API for applications, with the rules of the pages it mirrors: the list for every staff role
 * ({@link SelectionRoles#READERS}, as the queue), a file and its transitions for the staff who run the selection
 * ({@link SelectionRoles#MANAGERS}, as {@code /admin/applications/{id}}: the file carries the closed evaluation's
 * score). Candidates (PROVIDER) and residents are refused everywhere (403): no raw score ever reaches them. Who may
 * decline without a visit is the service's rule ({@code ApplicationService.declineWithoutVisitRoles}: 403 otherwise).
 */
@Configuration(proxyBeanMethods = false)
@Order(42)
class ApplicationsApiRouteRules implements RouteRuleContributor {

    private static final Role[] MANAGERS = SelectionRoles.MANAGERS.toArray(new Role[0]);
    private static final Role[] READERS = SelectionRoles.READERS.toArray(new Role[0]);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/api/v1/applications", READERS).on(HttpMethod.GET),
                RouteRule.roles("/api/v1/applications/{id}", MANAGERS).on(HttpMethod.GET),
                RouteRule.roles("/api/v1/applications/{id}/transitions", MANAGERS)
                        .on(HttpMethod.POST));
    }
}
