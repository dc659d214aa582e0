package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import java.time.Instant;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee sessions: their members, the agenda of EVALUATED applications (which become IN_COMMITTEE) and a decision
 * per application of the agenda with its reasons — ACCEPTED, DECLINED with feedback per value for the candidate, or
 * DEFERRED with conditions and a review date. A decision on an application that is not on the agenda is refused.
 * Each decision publishes {@link fr.ambassade.selection.ApplicationDecided}.
 */
@Service
public class CommitteeService {

    static final String AUDIT_TYPE = "CommitteeSession";

    private final CommitteeSessionRepository sessions;
    private final ApplicationChanges changes;
    private final CandidateMails mails;
    private final SelectionEvents events;
    private final NetworkStatusSync networkStatus;
    private final Accounts accounts;
    private final AuditLog audit;
    private final DisplayTime displayTime;

    CommitteeService(
            CommitteeSessionRepository sessions,
            ApplicationChanges changes,
            CandidateMails mails,
            SelectionEvents events,
            NetworkStatusSync networkStatus,
            Accounts accounts,
            AuditLog audit,
            DisplayTime displayTime) {
        this.sessions = sessions;
        this.changes = changes;
        this.mails = mails;
        this.events = events;
        this.networkStatus = networkStatus;
        this.accounts = accounts;
        this.audit = audit;
        this.displayTime = displayTime;
    }

    @Transactional(readOnly = true)
    public CommitteeSessionView get(long sessionId) {
        return load(sessionId).toView();
    }

    /** Sessions, latest date first. */
    @Transactional(readOnly = true)
    public List<CommitteeSessionView> sessions() {
        return sessions.findAllByOrderByHeldOnDesc().stream()
                .map(CommitteeSession::toView)
                .toList();
    }

    @Transactional
    public CommitteeSessionView create(Commands.NewCommitteeSession command) {
        if (command.memberAccountIds() != null) {
            for (Long id : command.memberAccountIds()) {
                AccountRef a = accounts.require(id);
                if (!a.isStaff()) {
                    throw RefusedChange.onField("members", "selection.error.memberNotStaff");
                }
            }
        }
        CommitteeSession s = sessions.saveAndFlush(new CommitteeSession(
                command.heldOn(),
                command.place(),
                command.memberAccountIds(),
                command.externalMembers(),
                Instant.now()));
        audit.record(AuditRecord.of(AUDIT_TYPE, s.getId(), "CREATED")
                .change("heldOn", null, s.getHeldOn())
                .change("members", null, s.toView().memberAccountIds())
                .personalChange("externalMembers", null, s.toView().externalMembers()));
        return s.toView();
    }

    /** Puts an EVALUATED application on the agenda: it becomes IN_COMMITTEE. */
    @Transactional
    public CommitteeSessionView addToAgenda(long sessionId, long applicationId, long expectedVersion) {
        CommitteeSession s = load(sessionId);
        Application a = changes.loadForChange(applicationId, expectedVersion);
        ApplicationState from = a.getState();
        a.putOnAgenda(changes.actor(), Instant.now(), "committee " + sessionId);
        s.add(applicationId);
        saveSession(s);
        changes.recorded(
                a,
                from,
                "PUT_ON_AGENDA",
                "committee " + sessionId,
                mails.transition(a, CandidateMails.Event.IN_COMMITTEE));
        return s.toView();
    }

    /** Takes an undecided application off the agenda: back to EVALUATED. */
    @Transactional
    public CommitteeSessionView removeFromAgenda(long sessionId, long applicationId, long expectedVersion) {
        CommitteeSession s = load(sessionId);
        Application a = changes.loadForChange(applicationId, expectedVersion);
        ApplicationState from = a.getState();
        s.remove(applicationId);
        a.removeFromAgenda(changes.actor(), Instant.now(), "committee " + sessionId);
        saveSession(s);
        changes.recorded(
                a,
                from,
                "REMOVED_FROM_AGENDA",
                "committee " + sessionId,
                mails.transition(a, CandidateMails.Event.REMOVED_FROM_AGENDA));
        return s.toView();
    }

    /** Records the committee's decision on an application of its agenda. */
    @Transactional
    public ApplicationView decide(Commands.CommitteeDecision command) {
        CommitteeSession s = load(command.sessionId());
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        if (s.item(a.getId()).isEmpty()) {
            throw RefusedChange.of("selection.error.notOnAgenda");
        }
        ApplicationState from = a.getState();
        Long by = changes.actor();
        Instant now = Instant.now();
        String reasons = command.reasons();
        ApplicationState decision = command.decision();
        if (decision == null) {
            throw RefusedChange.onField("decision", "selection.error.decisionUnknown");
        }
        s.decide(a.getId(), decision, reasons, by, now);
        CandidateMails.Event event;
        switch (decision) {
            case ACCEPTED -> {
                a.accept(by, now, reasons);
                event = CandidateMails.Event.ACCEPTED;
            }
            case DECLINED -> {
                a.decline(command.feedback(), by, now, reasons);
                event = CandidateMails.Event.DECLINED;
            }
            case DEFERRED -> {
                a.defer(command.conditions(), command.reviewDate(), displayTime.today(), by, now, reasons);
                event = CandidateMails.Event.DEFERRED;
            }
            default -> throw RefusedChange.onField("decision", "selection.error.decisionUnknown");
        }
        saveSession(s);
        changes.recorded(a, from, decision.name(), reasons, mails.transition(a, event));
        audit.record(AuditRecord.of(AUDIT_TYPE, s.getId(), "DECIDED")
                .because(reasons)
                .change("application", null, a.getId())
                .change("decision", null, decision));
        if (decision == ApplicationState.DECLINED) {
            networkStatus.closedWithoutTitle(a);
        }
        events.decided(a, by);
        return ApplicationView.of(a);
    }

    private CommitteeSession load(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("No committee session " + id));
    }

    private void saveSession(CommitteeSession s) {
        try {
            sessions.saveAndFlush(s);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEdit(ApplicationChanges.STALE, "committee session " + s.getId(), s.getVersion(), null);
        }
    }
}
