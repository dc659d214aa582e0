package fr.ambassade.accounts.web;

import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.AdminNavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsWebConfiguration {

    @Bean
    AdminNavItem adminHomeNavItem() {
        return new AdminNavItem("nav.home", "/admin", Role.STAFF, 0);
    }

    @Bean
    AdminNavItem adminUsersNavItem() {
        return new AdminNavItem("accounts.nav.users", "/admin/users", Set.of(Role.ADMIN), 900);
    }
}
