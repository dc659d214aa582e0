package fr.ambassade.providers.importing.web;

import fr.ambassade.shared.web.AdminNavItem;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    AdminNavItem importsNavItem() {
        return new AdminNavItem(
                "nav.imports", "/admin/imports", EnumSet.copyOf(List.of(ImportRouteRules.IMPORTERS)), 55);
    }
}
