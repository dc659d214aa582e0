package fr.ambassade.audit;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/** The audit viewer is for the director and administrators. */
@Configuration(proxyBeanMethods = false)
@Order(50)
class AuditRouteRules implements RouteRuleContributor {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/admin/audit", Role.DIRECTOR, Role.ADMIN).on(HttpMethod.GET));
    }

    @Bean
    AdminNavItem auditNavItem() {
        return new AdminNavItem("nav.audit", "/admin/audit", EnumSet.of(Role.DIRECTOR, Role.ADMIN), 90);
    }
}
