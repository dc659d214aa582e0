package fr.ambassade.settings.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(20)
class SettingsRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/admin/settings", Role.DIRECTOR),
                RouteRule.roles("/admin/settings/**", Role.DIRECTOR),
                RouteRule.permitAll("/brand/logo"),
                RouteRule.permitAll("/brand/theme.css"));
    }
}
