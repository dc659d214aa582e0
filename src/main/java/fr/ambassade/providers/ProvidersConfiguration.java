package fr.ambassade.providers;

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
import org.springframework.stereotype.Component;

/** Navigation entries and route rules of the providers directory. */
@Configuration(proxyBeanMethods = false)
class ProvidersConfiguration {

    /** Staff who may create, edit, merge and export providers ({@link ProviderRoles#EDITORS}). */
    static final Set<Role> EDITORS = ProviderRoles.EDITORS;

    @Bean
    AdminNavItem providersNavItem() {
        return new AdminNavItem("nav.providers", "/admin/providers", Role.STAFF, 30);
    }

    @Bean
    AdminNavItem providersDuplicatesNavItem() {
        return new AdminNavItem("nav.providers.duplicates", "/admin/providers/duplicates", EDITORS, 31);
    }

    @Component
    @Order(30)
    static class ProvidersRouteRules implements RouteRuleContributor {
        @Override
        public List<RouteRule> routeRules() {
            Role[] editors = EDITORS.toArray(Role[]::new);
            return List.of(
                    RouteRule.roles("/admin/providers/reindex", Role.ADMIN),
                    RouteRule.roles("/admin/providers/reindex/**", Role.ADMIN),
                    RouteRule.roles("/admin/providers/export.csv", editors),
                    RouteRule.roles("/admin/providers/export.xlsx", editors),
                    RouteRule.roles("/admin/providers/new", editors),
                    RouteRule.roles("/admin/providers/*/edit", editors),
                    RouteRule.roles("/admin/providers/duplicates", editors),
                    RouteRule.roles("/admin/providers/merge", editors),
                    RouteRule.roles("/admin/providers/**", editors).on(HttpMethod.POST),
                    RouteRule.staff("/admin/providers/**").on(HttpMethod.GET));
        }
    }
}
