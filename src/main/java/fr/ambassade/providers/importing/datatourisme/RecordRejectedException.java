package fr.ambassade.providers.importing.datatourisme;

/** An object that cannot be mapped to a {@link DatatourismeRecord}. */
public class RecordRejectedException extends Exception {

    private final RejectReason reason;

    public RecordRejectedException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
