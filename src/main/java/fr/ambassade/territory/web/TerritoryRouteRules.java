package fr.ambassade.territory.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.security.UploadLimit;
import fr.ambassade.territory.domain.TerritoryFileParser;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

@Component
@Order(60)
class TerritoryRouteRules implements RouteRuleContributor {
    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll("/api/v1/communes").on(HttpMethod.GET),
                RouteRule.permitAll("/api/v1/territory/communes").on(HttpMethod.GET),
                RouteRule.roles("/admin/territory/replace", Role.ADMIN).on(HttpMethod.POST),
                RouteRule.staff("/admin/territory").on(HttpMethod.GET));
    }

    @Override
    public List<UploadLimit> uploadLimits() {
        return List.of(UploadLimit.of("/admin/territory/replace", DataSize.ofBytes(TerritoryFileParser.MAX_BYTES))
                .returningTo("/admin/territory"));
    }
}
