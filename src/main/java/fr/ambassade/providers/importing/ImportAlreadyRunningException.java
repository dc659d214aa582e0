package fr.ambassade.providers.importing;

/** Another import is running (on this node or another one): one import at a time. */
public class ImportAlreadyRunningException extends RuntimeException {

    public ImportAlreadyRunningException() {
        super("Another import is running; wait for it to finish");
    }
}
