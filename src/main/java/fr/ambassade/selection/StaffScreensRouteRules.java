package fr.ambassade.selection;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The staff screens of the selection: the application file and its actions, the visits' changes, for the staff who
 * run the selection ({@link SelectionRoles#MANAGERS}: animator, director, administrator — counsellors and editors
 * who evaluate work from "my visits", and never see others' scores before submitting theirs); "my visits" and the
 * evaluation form for every staff member (the form itself answers 404 to anyone who is not an evaluator of the visit).
 */
@Configuration(proxyBeanMethods = false)
@Order(41)
class StaffScreensRouteRules implements RouteRuleContributor {

    private static final Role[] MANAGERS = SelectionRoles.MANAGERS.toArray(new Role[0]);
    private static final Role[] DECIDERS = SelectionRoles.DECIDERS.toArray(new Role[0]);
    private static final Role[] READERS = SelectionRoles.READERS.toArray(new Role[0]);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.roles("/admin/applications/{id}", MANAGERS),
                RouteRule.roles("/admin/applications/{id}/review", MANAGERS),
                RouteRule.roles("/admin/applications/{id}/decline", MANAGERS),
                RouteRule.roles("/admin/applications/{id}/visits", MANAGERS),
                RouteRule.roles("/admin/applications/{id}/reopen", MANAGERS),
                // a passing renewal accepted without a committee: who records the committee's decisions
                RouteRule.roles("/admin/applications/{id}/accept-renewal", DECIDERS),
                RouteRule.roles("/admin/visits/mine", READERS),
                RouteRule.roles("/admin/visits/{id}/evaluation", READERS),
                RouteRule.roles("/admin/visits/{id}/evaluation/declaration", READERS),
                RouteRule.roles("/admin/visits/{id}/reschedule", MANAGERS),
                RouteRule.roles("/admin/visits/{id}/cancel", MANAGERS),
                RouteRule.roles("/admin/visits/{id}/close", MANAGERS));
    }

    @Bean
    AdminNavItem myVisitsNavItem() {
        return new AdminNavItem("nav.myVisits", "/admin/visits/mine", SelectionRoles.READERS, 26);
    }
}
