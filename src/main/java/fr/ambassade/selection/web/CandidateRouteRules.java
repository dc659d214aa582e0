package fr.ambassade.selection.web;

import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.selection.domain.PhotoCheck;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.security.UploadLimit;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * Who may reach the candidate's pages (the entry page is public: it offers to sign in or create an account; the rest
 * is for provider users, each seeing only their own files) and the staff's match action.
 */
@Configuration(proxyBeanMethods = false)
class CandidateRouteRules implements RouteRuleContributor {

    private static final Role[] MANAGERS = SelectionRoles.MANAGERS.toArray(Role[]::new);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.permitAll(CandidateController.BASE).on(HttpMethod.GET),
                // an application's photos: its candidate and staff (the service answers 404 to anyone else signed in)
                RouteRule.authenticated(CandidateController.BASE + "/{id}/photos/{photoId}")
                        .on(HttpMethod.GET),
                RouteRule.authenticated(CandidateController.BASE + "/{id}/photos/{photoId}/vignette")
                        .on(HttpMethod.GET),
                RouteRule.roles(CandidateController.BASE + "/**", Role.PROVIDER),
                RouteRule.roles(MatchAdminController.BASE, MANAGERS),
                RouteRule.roles(InvitationController.PATH, MANAGERS),
                RouteRule.roles(MatchAdminController.BASE + "/**", MANAGERS));
    }

    @Override
    public List<UploadLimit> uploadLimits() {
        // over the limit: back to the application with the limit said (a smaller file over 8 MB: beside the field)
        return List.of(UploadLimit.of(CandidateController.BASE + "/{id}/photos", DataSize.ofBytes(PhotoCheck.MAX_BYTES))
                .returningTo(CandidateController.BASE + "/{id}"));
    }

    @Bean
    AdminNavItem selectionMatchesNav() {
        return new AdminNavItem("nav.selection.matches", MatchAdminController.BASE, SelectionRoles.MANAGERS, 40);
    }
}
