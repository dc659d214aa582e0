package fr.ambassade.selection;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/** The selection's routes: the application queue is for every staff member (evaluators come from all roles). */
@Configuration(proxyBeanMethods = false)
@Order(40)
class SelectionRouteRules implements RouteRuleContributor {

    @Override
    public List<RouteRule> routeRules() {
        Role[] deciders = SelectionRoles.DECIDERS.toArray(new Role[0]);
        Role[] managers = SelectionRoles.MANAGERS.toArray(new Role[0]);
        return List.of(
                RouteRule.roles("/admin/applications", SelectionRoles.READERS.toArray(new Role[0]))
                        .on(HttpMethod.GET),
                // the committee: the animator prepares it, the director (chair) records its decisions
                RouteRule.roles("/admin/committees/*/decisions", deciders).on(HttpMethod.POST),
                RouteRule.roles("/admin/committees/*/decisions/**", deciders),
                RouteRule.roles("/admin/committees", managers),
                RouteRule.roles("/admin/committees/**", managers));
    }

    @Bean
    AdminNavItem committeesNavItem() {
        return new AdminNavItem("nav.committees", "/admin/committees", SelectionRoles.MANAGERS, 26);
    }

    @Bean
    AdminNavItem applicationsNavItem() {
        return new AdminNavItem("nav.applications", "/admin/applications", SelectionRoles.READERS, 25);
    }
}
