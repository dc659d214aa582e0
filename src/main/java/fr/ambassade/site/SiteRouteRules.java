package fr.ambassade.site;

import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(100)
class SiteRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll("/"),
                RouteRule.permitAll(SitePaths.BECOME_AMBASSADOR_FR),
                RouteRule.permitAll(SitePaths.BECOME_AMBASSADOR_EN),
                RouteRule.permitAll(SitePaths.BECOME_AMBASSADOR_NL),
                RouteRule.permitAll("/habitants"));
    }
}
