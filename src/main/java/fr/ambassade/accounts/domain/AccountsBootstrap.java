package fr.ambassade.accounts.domain;

import fr.ambassade.config.AmbassadeProperties;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * At start-up (after the destination settings, before the providers' demo data): the demo logins in demo
 * mode; otherwise, on an installation without an administrator, the first administrator from
 * {@code ambassade.admin-email} with a one-time set-password link, written to a file of the data directory
 * readable by the server's user only (the log names the file, never the link). Idempotent.
 */
@Component
@Order(30)
public class AccountsBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

    private final AccountService service;
    private final DemoMode demoMode;
    private final AmbassadeProperties properties;

    public AccountsBootstrap(AccountService service, DemoMode demoMode, AmbassadeProperties properties) {
        this.service = service;
        this.demoMode = demoMode;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            createDemoAccounts();
        } else {
            createFirstAdminIfNeeded();
        }
    }

    void createDemoAccounts() {
        int created = 0;
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            if (service.ensureDemoAccount(demo.email(), demo.displayName(), demo.roles(), demo.password())) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo logins (<role>{}, password {})", created, DemoAccounts.DOMAIN, DemoAccounts.PASSWORD);
        }
        StringBuilder logins = new StringBuilder("Demo mode — log in at ")
                .append(properties.baseUrl()).append("/login with one of:");
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            logins.append(System.lineSeparator()).append("    ").append(demo.email()).append("  /  ").append(demo.password());
        }
        log.info(logins.toString());
    }

    /** Returns the file that holds the set-password link when an administrator was created, else null. */
    Path createFirstAdminIfNeeded() {
        if (service.enabledAdminExists()) {
            return null;
        }
        if (!StringUtils.hasText(properties.adminEmail())) {
            log.warn("No administrator exists: set AMBASSADE_ADMIN_EMAIL (ambassade.admin-email) and restart to create one");
            return null;
        }
        String email = properties.adminEmail().trim().toLowerCase(java.util.Locale.ROOT);
        String link = service.createFirstAdmin(email);
        Path file = FirstAdminLinkFile.write(properties.dataDir(), email, link);
        log.warn("First administrator {} created; the one-time link to set the password (valid 7 days) is in {} "
                + "(readable by this user only)", email, file.toAbsolutePath());
        return file;
    }
}
