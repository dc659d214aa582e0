package fr.ambassade.settings.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SettingsNavigation {

    @Bean
    AdminNavItem settingsNavItem() {
        return new AdminNavItem("nav.settings", "/admin/settings", Set.of(Role.DIRECTOR), 80);
    }
}
