package fr.ambassade.mail;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Who reads the outbox (recipients and bodies are personal data): the staff who answer visitors and providers
 * about their e-mails (counselors, animators), directors and administrators; editors do not. Secret links are
 * redacted for all of them. Only an administrator re-queues a failed e-mail, or (demo mode without SMTP only)
 * obtains a working secret link.
 */
@Configuration(proxyBeanMethods = false)
@Order(50)
class MailRouteRules implements RouteRuleContributor {

    static final Set<Role> OUTBOX_READERS =
            Set.copyOf(EnumSet.of(Role.COUNSELOR, Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN));

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/admin/outbox/*/requeue", Role.ADMIN).on(HttpMethod.POST),
                RouteRule.roles("/admin/outbox/*/secret-link", Role.ADMIN).on(HttpMethod.POST),
                readers("/admin/outbox").on(HttpMethod.GET),
                readers("/admin/outbox/**").on(HttpMethod.GET));
    }

    private static RouteRule readers(String pattern) {
        return new RouteRule(null, pattern, RouteRule.Access.ROLES, OUTBOX_READERS);
    }

    @Bean
    AdminNavItem outboxNavItem() {
        return new AdminNavItem("nav.outbox", "/admin/outbox", OUTBOX_READERS, 95);
    }
}
