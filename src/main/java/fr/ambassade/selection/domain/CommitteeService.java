package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.settings.DestinationSettings;
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
    private final ApplicationRepository applications;
    private final VisitRepository visits;
    private final VisitScoring scoring;
    private final DestinationSettings settings;
    private final Providers providers;

    CommitteeService(
            CommitteeSessionRepository sessions,
            ApplicationChanges changes,
            CandidateMails mails,
            SelectionEvents events,
            NetworkStatusSync networkStatus,
            Accounts accounts,
            AuditLog audit,
            DisplayTime displayTime,
            ApplicationRepository applications,
            VisitRepository visits,
            VisitScoring scoring,
            DestinationSettings settings,
            Providers providers) {
        this.sessions = sessions;
        this.changes = changes;
        this.mails = mails;
        this.events = events;
        this.networkStatus = networkStatus;
        this.accounts = accounts;
        this.audit = audit;
        this.displayTime = displayTime;
        this.applications = applications;
        this.visits = visits;
        this.scoring = scoring;
        this.settings = settings;
        this.providers = providers;
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
        requireStaff(command.memberAccountIds());
        CommitteeSession s = sessions.saveAndFlush(new CommitteeSession(
                command.heldOn(),
                command.startsAt(),
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

    /**
     * Changes a session's date, hour, place or members, on the version the editor read (a stale edit is refused:
     * the second editor is told, nothing is overwritten).
     */
    @Transactional
    public CommitteeSessionView update(Commands.CommitteeSessionChange command) {
        CommitteeSession s = load(command.sessionId());
        if (s.getVersion() != command.expectedVersion()) {
            throw new StaleEdit(
                    ApplicationChanges.STALE,
                    "committee session " + s.getId(),
                    s.getVersion(),
                    command.expectedVersion());
        }
        requireStaff(command.memberAccountIds());
        CommitteeSessionView before = s.toView();
        s.change(
                command.heldOn(),
                command.startsAt(),
                command.place(),
                command.memberAccountIds(),
                command.externalMembers());
        saveSession(s);
        CommitteeSessionView after = s.toView();
        audit.record(AuditRecord.of(AUDIT_TYPE, s.getId(), "CHANGED")
                .change("heldOn", before.heldOn(), after.heldOn())
                .change("startsAt", before.startsAt(), after.startsAt())
                .change("members", before.memberAccountIds(), after.memberAccountIds())
                .personalChange("externalMembers", before.externalMembers(), after.externalMembers()));
        return after;
    }

    /** The staff accounts that may sit on a committee (every enabled account of a staff role), by name. */
    @Transactional(readOnly = true)
    public List<AccountRef> staffAccounts() {
        java.util.Map<Long, AccountRef> byId = new java.util.LinkedHashMap<>();
        for (fr.ambassade.shared.security.Role role : fr.ambassade.shared.security.Role.STAFF) {
            accounts.withRole(role).forEach(a -> byId.putIfAbsent(a.id(), a));
        }
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(AccountRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The staff members of the session, in the order of their names (for the page and the minutes). */
    @Transactional(readOnly = true)
    public List<AccountRef> members(CommitteeSessionView session) {
        return session.memberAccountIds().stream()
                .map(accounts::require)
                .sorted(java.util.Comparator.comparing(AccountRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The agenda as the committee prepares and decides it: per application its establishment, commune, the score of
     * its closed evaluation (means per criterion, pass/fail, mandatory criteria), the spread between evaluators and
     * the animator's recommendation. The evaluation is closed, so nobody's scores are blind any more.
     */
    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda(long sessionId) {
        CommitteeSessionView s = load(sessionId).toView();
        List<Application> apps = applications.findAllById(
                s.agenda().stream().map(AgendaItemView::applicationId).toList());
        java.util.Map<Long, Application> byId = new java.util.HashMap<>();
        apps.forEach(a -> byId.put(a.getId(), a));
        java.util.Map<Long, ProviderSummary> providerById = providersOf(apps);
        return s.agenda().stream()
                .map(item -> {
                    Application a = byId.get(item.applicationId());
                    ProviderSummary p = a.getProviderId() == null ? null : providerById.get(a.getProviderId());
                    Visit v = visits.findByApplicationIdOrderByIdDesc(a.getId()).stream()
                            .filter(x -> x.getEvaluationClosedAt() != null)
                            .findFirst()
                            .orElse(null);
                    return new AgendaEntry(
                            item,
                            ApplicationView.of(a),
                            p == null ? null : p.name(),
                            p == null ? null : p.communeName(),
                            v == null ? null : settings.grid(v.getGridVersion()),
                            v == null ? null : scoring.score(v),
                            v == null ? List.of() : scoring.spread(v));
                })
                .toList();
    }

    /** EVALUATED applications that may be put on an agenda, the oldest change first. */
    @Transactional(readOnly = true)
    public List<AgendaCandidate> agendaCandidates() {
        List<Application> apps = applications.findByStateOrderByUpdatedAtAscIdAsc(ApplicationState.EVALUATED);
        java.util.Map<Long, ProviderSummary> providerById = providersOf(apps);
        return apps.stream()
                .map(a -> {
                    ProviderSummary p = a.getProviderId() == null ? null : providerById.get(a.getProviderId());
                    return new AgendaCandidate(
                            a.getId(),
                            a.getVersion(),
                            p == null ? null : p.name(),
                            p == null ? null : p.communeName(),
                            a.getScorePercent(),
                            a.getUpdatedAt());
                })
                .toList();
    }

    /** An EVALUATED application offered for an agenda. */
    public record AgendaCandidate(
            long id,
            long version,
            String establishment,
            String commune,
            java.math.BigDecimal scorePercent,
            Instant evaluatedAt) {}

    private java.util.Map<Long, ProviderSummary> providersOf(List<Application> apps) {
        java.util.Map<Long, ProviderSummary> byId = new java.util.HashMap<>();
        providers
                .byIds(apps.stream()
                        .map(Application::getProviderId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private void requireStaff(java.util.Collection<Long> memberAccountIds) {
        if (memberAccountIds != null) {
            for (Long id : memberAccountIds) {
                AccountRef a = accounts.require(id);
                if (!a.isStaff()) {
                    throw RefusedChange.onField("members", "selection.error.memberNotStaff");
                }
            }
        }
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
