package fr.ambassade.providers.importing;

/** Life of an import run. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    /** The file could not be read at all (or the run broke down); the reason is kept. */
    FAILED,
    /** The node stopped while the run was going on; running the same file again completes it. */
    INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
