package fr.ambassade.providers.importing.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.security.UploadLimit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Imports are run by animators, directors and administrators (a server folder: administrators only, in the page). */
@Component
@Order(55)
class ImportRouteRules implements RouteRuleContributor {

    static final Role[] IMPORTERS = {Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN};

    @Override
    public List<RouteRule> routeRules() {
        return List.of(RouteRule.roles("/admin/imports", IMPORTERS), RouteRule.roles("/admin/imports/**", IMPORTERS));
    }

    /** A DATAtourisme flow may weigh 2 GB (spooled to the data directory, then moved next to the imports). */
    @Override
    public List<UploadLimit> uploadLimits() {
        return List.of(UploadLimit.of("/admin/imports", DataSize.ofGigabytes(2)).returningTo("/admin/imports"));
    }
}
