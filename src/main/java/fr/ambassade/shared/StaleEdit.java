package fr.ambassade.shared;

/**
 * A stale edit: someone else (a staff member, an import) saved the object since the form was opened, so nothing
 * was overwritten. A refused change of the whole form, shown with its module's message ({@code providers.error.stale},
 * {@code settings.error.stale}…); on an API, a 409.
 * <p>
 * {@code object} names what was edited ("provider 42") for the logs; the versions are the one the form carried and
 * the current one, when known (null otherwise).
 */
public class StaleEdit extends RefusedChange {

    private final String object;
    private final Long expectedVersion;
    private final Long actualVersion;

    public StaleEdit(String messageKey, String object, Long expectedVersion, Long actualVersion) {
        super(null, messageKey);
        this.object = object;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    @Override
    public String getMessage() {
        return object + " was changed by someone else (version " + expectedVersion + " expected, " + actualVersion
                + " found)";
    }

    public String object() {
        return object;
    }

    public Long expectedVersion() {
        return expectedVersion;
    }

    public Long actualVersion() {
        return actualVersion;
    }
}
