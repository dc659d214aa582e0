package fr.ambassade.providers.importing.datatourisme;

/** What reading one index entry of a flow produced. */
public sealed interface FlowItem {

    IndexEntry entry();

    /** The object was read and mapped (it may still carry warnings). */
    record Accepted(IndexEntry entry, DatatourismeRecord record) implements FlowItem {}

    /**
     * The object could not be used.
     *
     * @param id the identity when known (always for {@link RejectReason#DUPLICATE_IN_FLOW}), else {@code null}
     */
    record Rejected(IndexEntry entry, RejectReason reason, String message, DatatourismeId id) implements FlowItem {

        /** Message key for the user interface: {@code RejectReason.<REASON>}. */
        public String messageKey() {
            return "RejectReason." + reason.name();
        }
    }

    /** The caller chose not to read this entry (for instance unchanged since the last import). */
    record Skipped(IndexEntry entry) implements FlowItem {}
}
