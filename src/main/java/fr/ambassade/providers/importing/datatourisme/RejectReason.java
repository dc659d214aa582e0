package fr.ambassade.providers.importing.datatourisme;

/** Why one object of a flow was not read. The flow reading goes on. */
public enum RejectReason {
    /** The object file is not valid JSON. */
    MALFORMED_JSON,
    /** The object file is JSON but not an object. */
    NOT_AN_OBJECT,
    /** The object has no {@code @id}. */
    MISSING_ID,
    /** The {@code @id} is not a DATAtourisme object IRI. */
    INVALID_ID,
    /** The index points to a file that is not in the flow. */
    MISSING_FILE,
    /** The index points outside the {@code objects/} folder. */
    UNSAFE_FILE_NAME,
    /** The object file is larger than the limit. */
    FILE_TOO_LARGE,
    /** The archive entry cannot be inflated or read. */
    UNREADABLE_ENTRY,
    /** An object with the same identity was already read from this flow. */
    DUPLICATE_IN_FLOW
}
