package fr.ambassade.mail;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/** Staff read the outbox (they answer visitors about e-mails); only an administrator re-queues one. */
@Configuration(proxyBeanMethods = false)
@Order(50)
class MailRouteRules implements RouteRuleContributor {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/admin/outbox/*/requeue", Role.ADMIN).on(HttpMethod.POST),
                RouteRule.staff("/admin/outbox").on(HttpMethod.GET),
                RouteRule.staff("/admin/outbox/**").on(HttpMethod.GET));
    }

    @Bean
    AdminNavItem outboxNavItem() {
        return new AdminNavItem("nav.outbox", "/admin/outbox", Role.STAFF, 95);
    }
}
