package fr.ambassade.territory.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TerritoryNavigation {

    @Bean
    AdminNavItem territoryNavItem() {
        return new AdminNavItem("nav.territory", "/admin/territory", Role.STAFF, 60);
    }
}
