package fr.ambassade.providers.importing;

import fr.ambassade.shared.RefusedChange;

/**
 * Another import is running (on this node or another one): one import at a time. A refused change of its own type
 * because the command line tells it apart.
 */
public class ImportAlreadyRunningException extends RefusedChange {

    public ImportAlreadyRunningException() {
        super(null, "providers.imports.alreadyRunning");
    }

    /** What the command line prints. */
    @Override
    public String getMessage() {
        return "Another import is running; wait for it to finish";
    }
}
