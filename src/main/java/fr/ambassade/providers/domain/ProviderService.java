package fr.ambassade.providers.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff changes to the directory: create, edit, merge; every change is audited in the same transaction. */
@Service
public class ProviderService {

    public static final String AUDIT_TYPE = "Provider";

    private final ProviderRepository providers;
    private final AuditLog audit;
    private final LinkedAccounts linkedAccounts;
    private final ProviderEvents events;

    ProviderService(
            ProviderRepository providers, AuditLog audit, LinkedAccounts linkedAccounts, ProviderEvents events) {
        this.providers = providers;
        this.audit = audit;
        this.linkedAccounts = linkedAccounts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ProviderView get(long id) {
        return ProviderView.of(providers.findById(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public ProviderView create(ProviderDetails details, List<ContactPerson> contacts) {
        return create(details, contacts, List.of());
    }

    /** Creates a provider with the labels and classifications staff chose. */
    @Transactional
    public ProviderView create(ProviderDetails details, List<ContactPerson> contacts, List<ProviderLabel> labels) {
        return create(details, contacts, labels, null);
    }

    /** The same, audited with a reason (a candidate added their establishment: {@code Providers#createForCandidate}). */
    @Transactional
    public ProviderView create(
            ProviderDetails details, List<ContactPerson> contacts, List<ProviderLabel> labels, String reason) {
        Provider p = new Provider(details);
        p.replaceContacts(contacts == null ? List.of() : contacts);
        p.replaceLabels(labels == null ? List.of() : labels);
        providers.saveAndFlush(p);
        AuditRecord record = AuditRecord.of(AUDIT_TYPE, p.getId(), "CREATED").because(reason);
        record = describe(record, ProviderDetails.named(null, null), details, List.of(), p.getContacts());
        audit.record(record.change("labels", null, labelCodes(p.getLabels())));
        return ProviderView.of(p);
    }

    /**
     * Applies a staff edit made on the given version; refuses it when the provider changed in between (another
     * user or an import).
     */
    @Transactional
    public ProviderView update(long id, long expectedVersion, ProviderDetails details, List<ContactPerson> contacts) {
        return update(id, expectedVersion, details, contacts, null);
    }

    /**
     * Same, with the labels and classifications staff chose ({@code null}: unchanged). A label set by hand is a
     * staff correction: the next import keeps it and lists the difference in its report.
     */
    @Transactional
    public ProviderView update(
            long id,
            long expectedVersion,
            ProviderDetails details,
            List<ContactPerson> contacts,
            List<ProviderLabel> labels) {
        Provider p = providers.findById(id).orElseThrow(() -> notFound(id));
        if (p.getVersion() != expectedVersion) {
            throw new StaleEdit("providers.error.stale", "provider " + id, expectedVersion, p.getVersion());
        }
        if (p.isMerged()) {
            throw RefusedChange.of("providers.error.alreadyMerged");
        }
        ProviderDetails before = p.details();
        List<ContactPerson> contactsBefore = List.copyOf(p.getContacts());
        String labelsBefore = labelCodes(p.getLabels());
        p.update(details);
        if (contacts != null && !contacts.equals(contactsBefore)) {
            p.replaceContacts(contacts);
        }
        if (labels != null && !new LinkedHashSet<>(labels).equals(p.getLabels())) {
            p.replaceLabels(labels);
        }
        providers.flush();
        audit.record(describe(
                        AuditRecord.of(AUDIT_TYPE, id, "UPDATED"), before, p.details(), contactsBefore, p.getContacts())
                .change("labels", labelsBefore, labelCodes(p.getLabels()))
                .forEstablishment(id));
        return ProviderView.of(p);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: the survivor keeps its values, fills its empty fields from
     * the other, and takes over every external identifier, label, contact, photo and linked user account. The other
     * record stays as a redirect ({@code merged_into_id}). Both histories get a MERGED entry. Publishes
     * {@link fr.ambassade.providers.ProviderMerged} (and {@link fr.ambassade.providers.ProviderNetworkStatusChanged}
     * when the survivor takes the other record's status) in the same transaction. The linked accounts are moved by
     * calling the accounts facade: providers depends on accounts, so it calls it rather than publishing to it.
     */
    @Transactional
    public ProviderView merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw RefusedChange.of("providers.error.mergeSelf");
        }
        Provider survivor = providers.findById(survivorId).orElseThrow(() -> notFound(survivorId));
        Provider merged = providers.findById(mergedId).orElseThrow(() -> notFound(mergedId));
        ProviderDetails before = survivor.details();
        NetworkStatus statusBefore = survivor.getNetworkStatus();
        List<ContactPerson> contactsBefore = List.copyOf(survivor.getContacts());
        // the merged record gives its identifiers up first, so that (scheme, value) stays unique at every flush
        List<ExternalId> idsTaken = merged.releaseExternalIds();
        providers.flush();
        survivor.absorb(merged);
        idsTaken.forEach(survivor::addExternalId);
        providers.flush();
        moveLinkedAccounts(survivorId, mergedId);
        AuditRecord survivorEntry = describe(
                AuditRecord.of(AUDIT_TYPE, survivorId, "MERGED")
                        .because("merged with provider " + mergedId)
                        .change("externalIds", null, idsTaken.isEmpty() ? null : idsTaken.toString())
                        .change("networkStatus", statusBefore, survivor.getNetworkStatus()),
                before,
                survivor.details(),
                contactsBefore,
                survivor.getContacts());
        audit.record(survivorEntry.forEstablishment(survivorId));
        audit.record(AuditRecord.of(AUDIT_TYPE, mergedId, "MERGED")
                .because("merged into provider " + survivorId)
                .change("mergedInto", null, survivorId)
                .forEstablishment(mergedId));
        events.merged(survivorId, mergedId);
        if (survivor.getNetworkStatus() != statusBefore) {
            events.networkStatusChanged(survivorId, statusBefore, survivor.getNetworkStatus());
        }
        return ProviderView.of(survivor);
    }

    private void moveLinkedAccounts(long survivorId, long mergedId) {
        linkedAccounts.move(mergedId, survivorId);
    }

    /** The id to show for a (possibly merged) provider: its survivor ({@link ProviderRepository#survivorOf}). */
    @Transactional(readOnly = true)
    public long survivorOf(long id) {
        return providers
                .survivorOf(providers.findById(id).orElseThrow(() -> notFound(id)))
                .getId();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No provider " + id);
    }

    static AuditRecord describe(
            AuditRecord r, ProviderDetails a, ProviderDetails b, List<ContactPerson> ca, List<ContactPerson> cb) {
        r = r.change("name", a.name(), b.name())
                .change("category", a.category(), b.category())
                .change("subtype", a.subtype(), b.subtype())
                .change("communeCode", a.communeCode(), b.communeCode())
                .change("communeName", a.communeName(), b.communeName())
                .change("street", a.street(), b.street())
                .change("postalCode", a.postalCode(), b.postalCode())
                .change("locality", a.locality(), b.locality())
                .change("latitude", a.latitude(), b.latitude())
                .change("longitude", a.longitude(), b.longitude())
                .personalChange("phone", a.phone(), b.phone())
                .personalChange("email", a.email(), b.email())
                .change("website", a.website(), b.website())
                .change("languages", listOrNull(a.languages()), listOrNull(b.languages()))
                .change("accessibilityFlags", listOrNull(a.accessibilityFlags()), listOrNull(b.accessibilityFlags()))
                .change("accessibilityNotes", a.accessibilityNotes(), b.accessibilityNotes())
                .change("descriptions", mapOrNull(a.descriptions()), mapOrNull(b.descriptions()))
                .change("staffNotes", a.staffNotes(), b.staffNotes())
                .change("outsideTerritory", a.outsideTerritory(), b.outsideTerritory());
        if (!Objects.equals(ca, cb)) {
            r = r.personalChange("contacts", ca, cb);
        }
        return r;
    }

    /** Sorted label codes, for the history ({@code null} when none). */
    private static String labelCodes(Collection<ProviderLabel> labels) {
        return labels.isEmpty()
                ? null
                : String.join(
                        ", ",
                        labels.stream().map(ProviderLabel::getCode).sorted().toList());
    }

    private static String listOrNull(List<String> l) {
        return l == null || l.isEmpty() ? null : String.join(", ", l);
    }

    private static String mapOrNull(java.util.Map<String, String> m) {
        return m == null || m.isEmpty() ? null : new java.util.TreeMap<>(m).toString();
    }
}
