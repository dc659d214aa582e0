package fr.ambassade.providers.importing;

/** A non-administrator asked to (re-)run an import of a file on the server's disk. */
public class ServerFileImportRefusedException extends RuntimeException {

    public ServerFileImportRefusedException(long runId) {
        super("Only administrators run again the import of a file on the server (run " + runId + ")");
    }
}
