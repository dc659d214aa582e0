package fr.ambassade.providers.importing;

/**
 * The run is no longer RUNNING while its writer is still alive: another node's recovery marked it interrupted
 * after a missed heartbeat (or someone ended it). The writer must stop at once; the batch under way rolls back.
 */
public class ImportRunStoppedException extends RuntimeException {

    /** The reason shown on the run's page. */
    public static final String REASON = "providers.imports.error.noLongerRunning";

    public ImportRunStoppedException(long runId) {
        super("Import run " + runId + " is no longer running");
    }
}
