package fr.ambassade.providers.importing.cli;

import fr.ambassade.config.EmbeddedPostgresServer;
import fr.ambassade.providers.importing.ImportAlreadyRunningException;
import fr.ambassade.providers.importing.ImportKind;
import fr.ambassade.providers.importing.ImportOptions;
import fr.ambassade.providers.importing.ImportRun;
import fr.ambassade.providers.importing.ImportService;
import fr.ambassade.providers.importing.ImportStatus;
import fr.ambassade.providers.importing.web.ImportReportCsv;
import fr.ambassade.shared.CommandLineSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import datatourisme|csv <path> [--all-communes] [--report <file.csv>]}: starts the application without
 * opening a port, runs the import synchronously, closes everything, and prints the summary
 * {@code created=N updated=N unchanged=N skipped=N rejected=N} as the very last line of the standard output, after
 * logging has stopped (scripts read it with {@code tail -n 1}).
 */
public final class ImportCommand {

    public static final int OK = 0;
    public static final int UNREADABLE = 1;
    public static final int DATABASE_IN_USE = 2;
    public static final int ALREADY_RUNNING = 3;

    static final String USAGE = "Usage: import datatourisme <zip-or-folder> [--all-communes] [--report <file.csv>]\n"
            + "       import csv <file.csv> [--all-communes] [--report <file.csv>]";

    private static final String NOTHING = "created=0 updated=0 unchanged=0 skipped=0 rejected=0";

    private ImportCommand() {}

    record Arguments(ImportKind kind, Path source, boolean allCommunes, Path report) {}

    static Arguments parse(String[] args) {
        if (args.length < 3 || !"import".equals(args[0])) {
            throw new IllegalArgumentException(USAGE);
        }
        ImportKind kind = switch (args[1].toLowerCase(Locale.ROOT)) {
            case "datatourisme" -> ImportKind.DATATOURISME;
            case "csv" -> ImportKind.CSV;
            default -> throw new IllegalArgumentException("Unknown kind of import: " + args[1] + "\n" + USAGE);
        };
        Path source = Path.of(args[2]);
        boolean allCommunes = false;
        Path report = null;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--all-communes" -> allCommunes = true;
                case "--report" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--report needs a file name\n" + USAGE);
                    }
                    report = Path.of(args[++i]);
                }
                default -> throw new IllegalArgumentException("Unknown option: " + args[i] + "\n" + USAGE);
            }
        }
        return new Arguments(kind, source, allCommunes, report);
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return finish(out, NOTHING, UNREADABLE);
        }
        if (!Files.exists(arguments.source()) || !Files.isReadable(arguments.source())) {
            // nothing to start the application for
            err.println("Cannot read " + arguments.source().toAbsolutePath());
            return finish(out, NOTHING, UNREADABLE);
        }
        ConfigurableApplicationContext context;
        try {
            // The web application context is built (the security configuration needs it) but no port is opened:
            // server.port=-1. A server running on the same machine keeps its port.
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run("--server.port=-1");
        } catch (RuntimeException e) {
            if (CommandLineSupport.causedBy(e, EmbeddedPostgresServer.DataDirectoryInUseException.class)) {
                CommandLineSupport.stopLogging();
                err.println(rootMessage(e, EmbeddedPostgresServer.DataDirectoryInUseException.class));
                err.println("Nothing was imported. Stop the server, or run the import from the back office.");
                return finish(out, NOTHING, DATABASE_IN_USE);
            }
            CommandLineSupport.stopLogging();
            err.println("The application could not start: " + e.getMessage());
            return finish(out, NOTHING, UNREADABLE);
        }
        String summary = NOTHING;
        int status;
        try {
            ImportService imports = context.getBean(ImportService.class);
            ImportOptions options = new ImportOptions(arguments.allCommunes(), null);
            String by = "command line (" + System.getProperty("user.name", "?") + ")";
            ImportRun run = imports.importNow(
                    arguments.kind(),
                    arguments.source(),
                    arguments.source().getFileName().toString(),
                    options,
                    by);
            summary = run.summaryLine();
            status = run.status() == ImportStatus.COMPLETED ? OK : UNREADABLE;
            if (run.status() != ImportStatus.COMPLETED) {
                err.println("Import " + run.status() + ": " + run.errorMessage());
            }
            if (arguments.report() != null) {
                try (OutputStream report = Files.newOutputStream(arguments.report())) {
                    context.getBean(ImportReportCsv.class).write(run, Locale.FRENCH, report);
                } catch (IOException e) {
                    err.println("Could not write the report " + arguments.report() + ": " + e.getMessage());
                }
            }
        } catch (ImportAlreadyRunningException e) {
            err.println(e.getMessage());
            status = ALREADY_RUNNING;
        } finally {
            context.close();
        }
        CommandLineSupport.stopLogging();
        return finish(out, summary, status);
    }

    private static int finish(PrintStream out, String summary, int status) {
        out.flush();
        out.println(summary);
        out.flush();
        return status;
    }

    private static String rootMessage(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t.getMessage();
            }
        }
        return e.getMessage();
    }
}
