package fr.ambassade.membership;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Navigation entry and route rules of the membership module. */
@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    @Bean
    AdminNavItem membershipsNavItem() {
        return new AdminNavItem("nav.memberships", "/admin/memberships", MembershipRoles.READERS, 35);
    }

    @Component
    @Order(35)
    static class MembershipRouteRules implements RouteRuleContributor {
        @Override
        public List<RouteRule> routeRules() {
            Role[] readers = MembershipRoles.READERS.toArray(Role[]::new);
            Role[] deciders = MembershipRoles.DECIDERS.toArray(Role[]::new);
            return List.of(
                    RouteRule.permitAll("/api/v1/ambassadors").on(HttpMethod.GET),
                    RouteRule.roles("/espace/adhesion", Role.PROVIDER),
                    RouteRule.roles("/espace/adhesion/**", Role.PROVIDER),
                    RouteRule.roles(Memberships.RENEWAL_START_PATH, Role.PROVIDER),
                    RouteRule.roles(Memberships.RENEWAL_START_PATH + "/**", Role.PROVIDER),
                    RouteRule.roles("/admin/memberships/*/suspend", deciders).on(HttpMethod.POST),
                    RouteRule.roles("/admin/memberships/*/reinstate", deciders).on(HttpMethod.POST),
                    RouteRule.roles("/admin/memberships/*/withdraw", deciders).on(HttpMethod.POST),
                    RouteRule.roles("/admin/memberships/*/commitments", readers).on(HttpMethod.POST),
                    RouteRule.roles("/admin/memberships", readers).on(HttpMethod.GET),
                    RouteRule.roles("/admin/memberships/*", readers).on(HttpMethod.GET));
        }
    }
}
