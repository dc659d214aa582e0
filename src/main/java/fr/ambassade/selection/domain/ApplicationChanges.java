package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.StaleEdit;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every change of an application writes with it, in its transaction: the row (optimistic lock), the audit entry
 * and the candidate's e-mail. Loads applications for a change, refusing a stale edit.
 */
@Component
class ApplicationChanges {

    static final String AUDIT_TYPE = "Application";
    static final String STALE = "selection.error.stale";

    private final ApplicationRepository applications;
    private final AuditLog audit;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;

    ApplicationChanges(ApplicationRepository applications, AuditLog audit, MailOutbox outbox, CurrentUser currentUser) {
        this.applications = applications;
        this.audit = audit;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    Application load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("No application " + id));
    }

    /** The application, refused as a stale edit when it changed since the page showed {@code expectedVersion}. */
    Application loadForChange(long id, long expectedVersion) {
        Application a = load(id);
        if (a.getVersion() != expectedVersion) {
            throw new StaleEdit(STALE, "application " + id, expectedVersion, a.getVersion());
        }
        return a;
    }

    /** The acting account's id ({@code null}: no user, a scheduled job). */
    Long actor() {
        return currentUser.current().map(AccountRef::id).orElse(null);
    }

    Optional<AccountRef> actorAccount() {
        return currentUser.current();
    }

    /**
     * Writes the change: flushes the row (a concurrent save is a stale edit), records the audit entry of the
     * transition and queues the candidate's e-mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recorded(
            Application a, ApplicationState from, String action, String reason, Optional<OutgoingMail> mail) {
        save(a);
        AuditRecord r = AuditRecord.of(AUDIT_TYPE, a.getId(), action)
                .because(reason == null || reason.isBlank() ? null : reason.strip())
                .change("state", from, a.getState());
        if (a.getProviderId() != null) {
            r = r.forEstablishment(a.getProviderId());
        }
        audit.record(r);
        mail.ifPresent(outbox::enqueue);
    }

    /** Queues an e-mail that no transition goes with (a rescheduled visit). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        outbox.enqueue(mail);
    }

    Application save(Application a) {
        try {
            return applications.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEdit(STALE, "application " + a.getId(), a.getVersion(), null);
        }
    }
}
