package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.LogoCheck;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.security.UploadLimit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

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

    @Override
    public List<UploadLimit> uploadLimits() {
        return List.of(UploadLimit.of("/admin/settings/appearance/logo", DataSize.ofBytes(LogoCheck.MAX_BYTES))
                .returningTo("/admin/settings/appearance"));
    }
}
