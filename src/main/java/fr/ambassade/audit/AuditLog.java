package fr.ambassade.audit;

/**
 * The audit log. {@link #record(AuditRecord)} writes synchronously in the caller's transaction, so that the
 * entry commits (or rolls back) with the change it describes.
 */
public interface AuditLog {
    void record(AuditRecord record);
}
