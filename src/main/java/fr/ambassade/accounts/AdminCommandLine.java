package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.config.EmbeddedPostgresServer;
import fr.ambassade.shared.CommandLineSupport;
import fr.ambassade.shared.RefusedChange;
import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Administration from the server's shell: {@code java -jar ambassade.jar admin reset-link <email> [--property=value…]}
 * issues a one-time set-password link (valid one hour; the older reset links of the account stop working) for an
 * enabled administrator who lost access, and prints it as the very last line of the standard output, after
 * logging has stopped, so that it never reaches a log file. Further {@code --property=value} arguments configure
 * the application as for the server. Exit status: 0 the link was printed, 1 wrong usage or the application
 * could not start, 2 the embedded database is used by a running server (stop it first), 3 no enabled
 * administrator has this address.
 */
public final class AdminCommandLine {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int DATABASE_IN_USE = 2;
    public static final int NOT_AN_ADMINISTRATOR = 3;

    static final String USAGE_TEXT = "Usage: admin reset-link <email> [--property=value ...]";

    private AdminCommandLine() {}

    /** Whether the arguments ask for an administration command rather than the server. */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && "admin".equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3 || !"reset-link".equals(args[1]) || args[2].startsWith("--")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String email = args[2];
        String[] properties = Arrays.copyOfRange(args, 3, args.length + 1);
        properties[properties.length - 1] = "--server.port=-1";
        ConfigurableApplicationContext context;
        try {
            // as the import command: the web context is built (security needs it), no port is opened
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(properties);
        } catch (RuntimeException e) {
            CommandLineSupport.stopLogging();
            if (CommandLineSupport.causedBy(e, EmbeddedPostgresServer.DataDirectoryInUseException.class)) {
                err.println("The data directory is in use by a running server: stop it, then run the command again.");
                return DATABASE_IN_USE;
            }
            err.println("The application could not start: " + e.getMessage());
            return USAGE;
        }
        String link;
        try {
            link = context.getBean(AccountService.class).issueAdministratorResetLink(email);
        } catch (RefusedChange e) {
            link = null;
        } finally {
            context.close();
        }
        CommandLineSupport.stopLogging();
        if (link == null) {
            err.println("No enabled administrator has the address " + email + ": nothing was issued.");
            return NOT_AN_ADMINISTRATOR;
        }
        out.flush();
        out.println(link);
        out.flush();
        return OK;
    }
}
