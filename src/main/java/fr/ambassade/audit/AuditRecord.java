package fr.ambassade.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to write in the audit log. Build with {@link #of(String, Object, String)} then add the reason and
 * the changed fields; the actor defaults to the authenticated user (or "system").
 */
public record AuditRecord(String actor, String objectType, String objectId, String action, String reason, List<FieldChange> changes) {

    public AuditRecord {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes == null ? List.of() : changes);
    }

    public static AuditRecord of(String objectType, Object objectId, String action) {
        return new AuditRecord(null, objectType, objectId == null ? null : objectId.toString(), action, null, List.of());
    }

    public AuditRecord by(String who) {
        return new AuditRecord(who, objectType, objectId, action, reason, changes);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(actor, objectType, objectId, action, why, changes);
    }

    /** Adds a change when before and after differ. */
    public AuditRecord change(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        List<FieldChange> list = new ArrayList<>(changes);
        list.add(FieldChange.of(field, before, after));
        return new AuditRecord(actor, objectType, objectId, action, reason, list);
    }

    /** Adds a personal field recorded as changed, without values, when before and after differ. */
    public AuditRecord personalChange(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        List<FieldChange> list = new ArrayList<>(changes);
        list.add(FieldChange.personal(field));
        return new AuditRecord(actor, objectType, objectId, action, reason, list);
    }
}
