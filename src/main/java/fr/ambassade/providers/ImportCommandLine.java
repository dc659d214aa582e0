package fr.ambassade.providers;

import fr.ambassade.providers.importing.cli.ImportCommand;

/**
 * The command line of imports, for administrators and cron:
 * {@code java -jar ambassade.jar import datatourisme <zip-or-folder> [--all-communes] [--report <file.csv>]} or
 * {@code import csv <file> …}. It runs the import against the configured database and data directory, then
 * exits; see {@code docs/imports.md} for the exit codes and the summary line.
 */
public final class ImportCommandLine {

    private ImportCommandLine() {}

    /** Whether the arguments ask for an import rather than the server. */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && "import".equals(args[0]);
    }

    /**
     * Runs the import command and returns the process exit status (0: the file was readable and imported, 1: it
     * was not, 2: the embedded database is used by a running server, 3: another import is running).
     */
    public static int run(Class<?> application, String[] args) {
        return ImportCommand.run(application, args, System.out, System.err);
    }
}
