package fr.ambassade.accounts;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(0)
class AccountsRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll("/login"),
                RouteRule.permitAll("/logout"),
                RouteRule.permitAll("/error"),
                RouteRule.permitAll("/css/**"),
                RouteRule.permitAll("/js/**"),
                RouteRule.permitAll("/img/**"),
                RouteRule.permitAll("/fonts/**"),
                RouteRule.permitAll("/webjars/**"),
                RouteRule.permitAll("/favicon.ico"),
                RouteRule.permitAll("/password/forgot"),
                RouteRule.permitAll("/password/reset"),
                // the candidates' public sign-up, its verification link and asking for a new one (anonymous bodies
                // are limited by AnonymousBodyLimitFilter; the forms carry CSRF)
                RouteRule.permitAll("/espace/inscription"),
                RouteRule.permitAll("/espace/inscription/verification"),
                RouteRule.permitAll("/espace/inscription/renvoi").on(org.springframework.http.HttpMethod.POST),
                RouteRule.staff("/admin"),
                RouteRule.roles("/admin/users", Role.ADMIN),
                RouteRule.roles("/admin/users/**", Role.ADMIN),
                RouteRule.roles("/espace", Role.PROVIDER),
                RouteRule.roles("/account", Role.RESIDENT),
                // every signed-in user (staff, provider user, resident) changes their own password here
                RouteRule.authenticated("/account/password"));
    }
}
