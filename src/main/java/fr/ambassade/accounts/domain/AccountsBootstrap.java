package fr.ambassade.accounts.domain;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.shared.Email;
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
 * mode (with a warning at every start when the base URL is not a loopback address); otherwise the demo logins
 * of an earlier demo run are disabled and, on an installation without an administrator (demo ones do not count),
 * the first administrator comes from {@code ambassade.admin-email} with a one-time set-password link, written to
 * a file of the data directory readable by the server's user only (the log names the file, never the link).
 * Idempotent.
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
            warnIfDemoModeIsPublic();
            createDemoAccounts();
        } else {
            disableDemoAccounts();
            if (service.isDemoAccount(properties.adminEmail())) {
                log.warn("AMBASSADE_ADMIN_EMAIL names a demo login (public password): choose another address");
                return;
            }
            createFirstAdminIfNeeded();
        }
    }

    /** Without demo data, the demo logins (public password) are disabled; they no longer count as administrators. */
    int disableDemoAccounts() {
        int disabled = service.disableDemoAccounts();
        if (disabled > 0) {
            log.warn(
                    "Demo data is off: disabled {} demo login(s) created by an earlier demo run (data kept)", disabled);
        }
        return disabled;
    }

    /** Demo mode publishes its passwords: say so loudly, at every start, when the address is not this machine's. */
    boolean warnIfDemoModeIsPublic() {
        if (isLoopback(properties.baseUrl())) {
            return false;
        }
        String line = "*".repeat(100);
        String n = System.lineSeparator();
        log.warn(
                n + line + n + "DEMO MODE ON A PUBLIC ADDRESS ({}): the demo logins, administrator included, have the"
                        + " public password '{}'." + n + "Anyone reaching this address can log in as administrator. Set"
                        + " ambassade.demo-data=false for real use (the demo logins are then disabled)." + n + line,
                properties.baseUrl(),
                DemoAccounts.PASSWORD);
        return true;
    }

    /** Whether a base URL names this machine only: localhost (or a *.localhost name), 127.0.0.0/8 or ::1. */
    static boolean isLoopback(String baseUrl) {
        String host;
        try {
            host = java.net.URI.create(baseUrl.trim()).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("::1")
                || host.matches("(0{1,4}:){7}0{0,3}1");
    }

    void createDemoAccounts() {
        int created = 0;
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            if (service.ensureDemoAccount(demo.email(), demo.displayName(), demo.roles(), demo.password())) {
                created++;
            }
        }
        if (created > 0) {
            log.info(
                    "Created {} demo logins (<role>{}, password {})",
                    created,
                    DemoAccounts.DOMAIN,
                    DemoAccounts.PASSWORD);
        }
        StringBuilder logins = new StringBuilder("Demo mode — log in at ")
                .append(properties.baseUrl())
                .append("/login with one of:");
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            logins.append(System.lineSeparator())
                    .append("    ")
                    .append(demo.email())
                    .append("  /  ")
                    .append(demo.password());
        }
        log.info(logins.toString());
    }

    /** Returns the file that holds the set-password link when an administrator was created, else null. */
    Path createFirstAdminIfNeeded() {
        if (service.enabledAdminExists()) {
            return null;
        }
        if (!StringUtils.hasText(properties.adminEmail())) {
            log.warn(
                    "No administrator exists: set AMBASSADE_ADMIN_EMAIL (ambassade.admin-email) and restart to create one");
            return null;
        }
        String email = Email.normalize(properties.adminEmail());
        String link = service.createFirstAdmin(email);
        Path file = FirstAdminLinkFile.write(properties.dataDir(), email, link);
        log.warn(
                "First administrator {} created; the one-time link to set the password (valid 7 days) is in {} "
                        + "(readable by this user only)",
                email,
                file.toAbsolutePath());
        return file;
    }
}
