package fr.ambassade.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to write in the audit log. Build with {@link #of(String, Object, String)} then add the reason and
 * the changed fields. The actor defaults to the authenticated user's account (or "system" without one);
 * {@link #byAccount(long)} names an account, {@link #by(String)} a non-personal label such as "system". The log
 * stores account ids, never e-mail addresses: a label that is an account's login is stored as that account's id.
 * When staff act for an ambassador, {@link #forEstablishment(long)} keeps the establishment (provider id) acted for.
 */
public record AuditRecord(
        String actor,
        Long actorAccountId,
        String objectType,
        String objectId,
        String action,
        String reason,
        List<FieldChange> changes,
        Long establishmentId) {

    public AuditRecord {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes == null ? List.of() : changes);
    }

    public static AuditRecord of(String objectType, Object objectId, String action) {
        return new AuditRecord(
                null, null, objectType, objectId == null ? null : objectId.toString(), action, null, List.of(), null);
    }

    /** A non-personal actor label ("system", "cli"); a login (e-mail) of an account is stored as the account id. */
    public AuditRecord by(String who) {
        return new AuditRecord(who, null, objectType, objectId, action, reason, changes, establishmentId);
    }

    /** The account that acted. */
    public AuditRecord byAccount(long accountId) {
        return new AuditRecord(null, accountId, objectType, objectId, action, reason, changes, establishmentId);
    }

    /** The establishment (provider id) that staff acted for. */
    public AuditRecord forEstablishment(long providerId) {
        return new AuditRecord(actor, actorAccountId, objectType, objectId, action, reason, changes, providerId);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(actor, actorAccountId, objectType, objectId, action, why, changes, establishmentId);
    }

    /** Adds a change when before and after differ. */
    public AuditRecord change(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        List<FieldChange> list = new ArrayList<>(changes);
        list.add(FieldChange.of(field, before, after));
        return new AuditRecord(actor, actorAccountId, objectType, objectId, action, reason, list, establishmentId);
    }

    /** Adds a personal field recorded as changed, without values, when before and after differ. */
    public AuditRecord personalChange(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        List<FieldChange> list = new ArrayList<>(changes);
        list.add(FieldChange.personal(field));
        return new AuditRecord(actor, actorAccountId, objectType, objectId, action, reason, list, establishmentId);
    }
}
