package fr.ambassade.providers.importing.datatourisme;

/**
 * A flow that cannot be read at all. The {@link Reason} is meant to be translated by the user interface
 * ({@code FlowException.Reason.NOT_A_ZIP} as a message key); the message gives the technical detail.
 */
public class FlowException extends RuntimeException {

    public enum Reason {
        /** The path does not exist or cannot be read. */
        NOT_FOUND,
        /** The file is neither a zip archive nor a flow folder. */
        NOT_A_ZIP,
        /** The file looks like a zip archive but cannot be read (truncated, damaged). */
        CORRUPTED,
        MISSING_INDEX,
        INVALID_INDEX,
        MISSING_CONTEXT,
        INVALID_CONTEXT,
        /** An entry name is absolute or climbs out of the archive ({@code ..}). */
        UNSAFE_ENTRY_NAME,
        TOO_MANY_ENTRIES,
        ENTRY_TOO_LARGE,
        TOTAL_TOO_LARGE,
        /** An entry inflates far more than real JSON does: a zip bomb. */
        COMPRESSION_RATIO_TOO_HIGH,
        /** Reading failed half-way for an input/output reason. */
        READ_ERROR
    }

    private final Reason reason;

    public FlowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FlowException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Message key for the user interface: {@code FlowException.Reason.<REASON>}. */
    public String messageKey() {
        return "FlowException.Reason." + reason.name();
    }
}
