package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.settings.CriterionSpread;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridScore;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits and their evaluations: the animator schedules, reschedules or cancels a visit (each e-mails the candidate;
 * the calendar invitation is attached at {@link CandidateMails#visitMail}); each evaluator declares a conflict of
 * interest or none, then scores the visit's grid version and submits; an evaluator reads the others' scores only
 * after submitting their own; the animator reads the spread and closes the evaluation with the recommendation.
 */
@Service
public class VisitService {

    static final String VISIT_AUDIT = "Visit";
    static final String EVALUATION_AUDIT = "Evaluation";

    private final VisitRepository visits;
    private final EvaluationRepository evaluations;
    private final ApplicationChanges changes;
    private final CandidateMails mails;
    private final DestinationSettings settings;
    private final Accounts accounts;
    private final AuditLog audit;
    private final VisitScoring scoring;

    VisitService(
            VisitRepository visits,
            EvaluationRepository evaluations,
            ApplicationChanges changes,
            CandidateMails mails,
            DestinationSettings settings,
            Accounts accounts,
            AuditLog audit,
            VisitScoring scoring) {
        this.visits = visits;
        this.evaluations = evaluations;
        this.changes = changes;
        this.mails = mails;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.scoring = scoring;
    }

    // reads

    @Transactional(readOnly = true)
    public VisitView visit(long visitId) {
        return load(visitId).toView();
    }

    /** The application's visits, newest first. */
    @Transactional(readOnly = true)
    public List<VisitView> visitsOf(long applicationId) {
        return visits.findByApplicationIdOrderByIdDesc(applicationId).stream()
                .map(Visit::toView)
                .toList();
    }

    /**
     * The acting staff member's visits as an evaluator (cancelled ones left out): the upcoming ones first (soonest
     * first), then the past ones (latest first).
     */
    @Transactional(readOnly = true)
    public List<VisitView> myVisits() {
        Long me = changes.actor();
        if (me == null) {
            return List.of();
        }
        Instant now = Instant.now();
        List<VisitView> all =
                visits.findOpenOrPastOfEvaluator(me).stream().map(Visit::toView).toList();
        List<VisitView> upcoming = new java.util.ArrayList<>(
                all.stream().filter(v -> !v.endsAt().isBefore(now)).toList());
        List<VisitView> past = new java.util.ArrayList<>(
                all.stream().filter(v -> v.endsAt().isBefore(now)).toList());
        java.util.Collections.reverse(past);
        upcoming.addAll(past);
        return upcoming;
    }

    /** Where each evaluator of the visit stands (no score: readable by any staff member). */
    public enum EvaluatorStatus {
        NOT_DECLARED,
        CONFLICT,
        SCORING,
        SUBMITTED
    }

    /** Each evaluator of the visit (account id, in the visit's order) and where they stand. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, EvaluatorStatus> evaluatorStatuses(long visitId) {
        Visit v = load(visitId);
        java.util.Map<Long, EvaluatorStatus> statuses = new java.util.LinkedHashMap<>();
        for (Long id : v.getEvaluators()) {
            statuses.put(id, EvaluatorStatus.NOT_DECLARED);
        }
        for (Evaluation e : evaluations.findByVisitIdOrderById(visitId)) {
            EvaluationView view = e.toView();
            statuses.put(
                    view.evaluatorAccountId(),
                    view.conflictDeclared()
                            ? EvaluatorStatus.CONFLICT
                            : view.submitted() ? EvaluatorStatus.SUBMITTED : EvaluatorStatus.SCORING);
        }
        return statuses;
    }

    /**
     * Every visit of the application (by id) with its evaluators and where each stands, as
     * {@link #evaluatorStatuses(long)} gives for one visit, in three queries whatever the number of visits and
     * evaluators (the visits, their evaluators, their evaluations): the application file shows them all.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.util.Map<Long, EvaluatorStatus>> evaluatorStatusesOf(long applicationId) {
        java.util.Map<Long, java.util.Map<Long, EvaluatorStatus>> out = new java.util.LinkedHashMap<>();
        for (Visit v : visits.findByApplicationIdOrderByIdDesc(applicationId)) {
            java.util.Map<Long, EvaluatorStatus> statuses = new java.util.LinkedHashMap<>();
            for (Long id : v.getEvaluators()) {
                statuses.put(id, EvaluatorStatus.NOT_DECLARED);
            }
            out.put(v.getId(), statuses);
        }
        if (!out.isEmpty()) {
            for (Evaluation e : evaluations.findByVisitIdInOrderById(out.keySet())) {
                out.get(e.getVisitId())
                        .put(
                                e.getEvaluatorAccountId(),
                                e.isConflictDeclared()
                                        ? EvaluatorStatus.CONFLICT
                                        : e.isSubmitted() ? EvaluatorStatus.SUBMITTED : EvaluatorStatus.SCORING);
            }
        }
        return out;
    }

    /** The acting evaluator's own evaluation of the visit, if they started it. */
    @Transactional(readOnly = true)
    public Optional<EvaluationView> myEvaluation(long visitId) {
        long me = requireActor();
        return evaluations.findByVisitIdAndEvaluatorAccountId(visitId, me).map(Evaluation::toView);
    }

    /**
     * Every evaluation of the visit, for a reader allowed to see them: staff who are not its evaluators (the
     * animator), or an evaluator who submitted their own. An evaluator who has not submitted yet, or who declared a
     * conflict, is refused: scores are blind until one's own is in.
     */
    @Transactional(readOnly = true)
    public List<EvaluationView> evaluations(long visitId) {
        requireMayReadScores(load(visitId));
        return evaluations.findByVisitIdOrderById(visitId).stream()
                .map(Evaluation::toView)
                .toList();
    }

    /** Min, max and mean per criterion over the submitted evaluations (same blindness rule as the scores). */
    @Transactional(readOnly = true)
    public List<CriterionSpread> spread(long visitId) {
        Visit v = load(visitId);
        requireMayReadScores(v);
        return scoring.spread(v);
    }

    /** The score of the submitted evaluations, means per criterion (same blindness rule). */
    @Transactional(readOnly = true)
    public GridScore score(long visitId) {
        Visit v = load(visitId);
        requireMayReadScores(v);
        return scoring.score(v);
    }

    /**
     * The score of the application's latest closed evaluation (empty while none is closed). Once closed, nobody's
     * scores are blind any more: staff read it (the committee's preparation, the staff API) — never the candidate.
     */
    @Transactional(readOnly = true)
    public Optional<GridScore> closedEvaluationScore(long applicationId) {
        return visits.findByApplicationIdOrderByIdDesc(applicationId).stream()
                .filter(v -> v.getEvaluationClosedAt() != null)
                .findFirst()
                .map(scoring::score);
    }

    /** The grid the visit is scored with (the version in force when it was scheduled). */
    @Transactional(readOnly = true)
    public Grid gridOf(long visitId) {
        return settings.grid(load(visitId).getGridVersion());
    }

    // the animator's side

    /**
     * Schedules a visit for an application UNDER_REVIEW, or for a DEFERRED one (which reopens it straight to
     * VISIT_SCHEDULED). The evaluators are staff accounts of any role.
     */
    @Transactional
    public VisitView schedule(Commands.ScheduleVisit command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        requireStaff(command.evaluatorAccountIds());
        if (visits.findByApplicationIdOrderByIdDesc(a.getId()).stream().anyMatch(Visit::isOpen)) {
            throw RefusedChange.of("selection.error.visitAlreadyScheduled");
        }
        ApplicationState from = a.getState();
        Instant now = Instant.now();
        if (from == ApplicationState.DEFERRED) {
            a.reopen(true, changes.actor(), now, command.reason() == null ? "visit scheduled" : command.reason());
        } else {
            a.visitScheduled(changes.actor(), now, command.reason());
        }
        Visit v = visits.saveAndFlush(new Visit(
                a.getId(),
                command.startsAt(),
                command.durationMinutes(),
                command.place(),
                command.evaluatorAccountIds(),
                settings.currentGrid().version(),
                now));
        changes.recorded(
                a,
                from,
                from == ApplicationState.DEFERRED ? "REOPENED_WITH_VISIT" : "VISIT_SCHEDULED",
                command.reason(),
                mails.visitMail(a, v.toView(), CandidateMails.Event.VISIT_SCHEDULED));
        audit.record(
                describe(AuditRecord.of(VISIT_AUDIT, v.getId(), "SCHEDULED"), v).forEstablishment(a.getProviderId()));
        return v.toView();
    }

    /**
     * Reopens a DEFERRED application straight to a new visit ({@code REOPEN_WITH_VISIT}): refused from any other state
     * (where {@link #schedule} would schedule an ordinary visit), then as {@link #schedule}.
     */
    @Transactional
    public VisitView reopenWithVisit(Commands.ScheduleVisit command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        Transition.REOPEN_WITH_VISIT.check(a.getState());
        return schedule(command);
    }

    /** A new date, duration, place or set of evaluators (the candidate gets the update). */
    @Transactional
    public VisitView reschedule(Commands.RescheduleVisit command) {
        Visit v = loadForChange(command.visitId(), command.expectedVersion());
        requireStaff(command.evaluatorAccountIds());
        boolean scoringBegun =
                evaluations.findByVisitIdOrderById(v.getId()).stream().anyMatch(e -> !e.isConflictDeclared());
        v.reschedule(
                command.startsAt(),
                command.durationMinutes(),
                command.place(),
                command.evaluatorAccountIds(),
                scoringBegun ? v.getGridVersion() : settings.currentGrid().version());
        saveVisit(v);
        Application a = changes.load(v.getApplicationId());
        audit.record(describe(AuditRecord.of(VISIT_AUDIT, v.getId(), "RESCHEDULED"), v)
                .forEstablishment(a.getProviderId()));
        mails.visitMail(a, v.toView(), CandidateMails.Event.VISIT_RESCHEDULED).ifPresent(m -> changes.enqueue(m));
        return v.toView();
    }

    /** Cancels the visit: the application goes back to UNDER_REVIEW and the candidate is told. */
    @Transactional
    public ApplicationView cancel(Commands.CancelVisit command) {
        Visit v = loadForChange(command.visitId(), command.expectedVersion());
        Application a = changes.load(v.getApplicationId());
        ApplicationState from = a.getState();
        Instant now = Instant.now();
        v.cancel(command.reason(), now);
        saveVisit(v);
        a.visitCancelled(changes.actor(), now, command.reason());
        changes.recorded(
                a,
                from,
                "VISIT_CANCELLED",
                command.reason(),
                mails.visitMail(a, v.toView(), CandidateMails.Event.VISIT_CANCELLED));
        audit.record(AuditRecord.of(VISIT_AUDIT, v.getId(), "CANCELLED")
                .because(command.reason())
                .forEstablishment(a.getProviderId()));
        return ApplicationView.of(a);
    }

    /**
     * Closes the evaluation once at least one evaluation is submitted: the application becomes EVALUATED with the
     * score of the submitted evaluations (means per criterion) and the animator's recommendation.
     */
    @Transactional
    public ApplicationView closeEvaluation(Commands.CloseEvaluation command) {
        Visit v = load(command.visitId());
        Application a = changes.loadForChange(v.getApplicationId(), command.expectedApplicationVersion());
        if (scoring.submittedScores(v.getId()).isEmpty()) {
            throw RefusedChange.of("selection.error.noSubmittedEvaluation");
        }
        GridScore score = scoring.score(v);
        ApplicationState from = a.getState();
        Instant now = Instant.now();
        a.evaluated(score.percent(), score.gridVersion(), command.recommendation(), changes.actor(), now);
        v.closeEvaluation(now);
        saveVisit(v);
        changes.recorded(a, from, "EVALUATED", null, mails.transition(a, CandidateMails.Event.EVALUATED));
        return ApplicationView.of(a);
    }

    // the evaluator's side

    /**
     * The evaluator's first step: declares a conflict of interest (they leave the file: no scores, not counted) or
     * none. Only an evaluator of the visit, once.
     */
    @Transactional
    public EvaluationView declare(Commands.ConflictDeclaration command) {
        Visit v = load(command.visitId());
        long me = requireEvaluator(v);
        if (!v.isOpen()) {
            throw RefusedChange.of("selection.error.evaluationClosed");
        }
        if (evaluations.findByVisitIdAndEvaluatorAccountId(v.getId(), me).isPresent()) {
            throw RefusedChange.of("selection.error.alreadyDeclared");
        }
        Evaluation e = evaluations.saveAndFlush(
                new Evaluation(v.getId(), me, command.conflict(), command.note(), Instant.now()));
        audit.record(AuditRecord.of(EVALUATION_AUDIT, e.toView().id(), command.conflict() ? "CONFLICT" : "NO_CONFLICT")
                .change("visit", null, v.getId()));
        return e.toView();
    }

    /**
     * Saves the evaluator's scores; with {@code submit}, submits them (refused while a criterion is blank, naming
     * it; a score outside 0–3 is always refused, naming the criterion). Refused after a declared conflict.
     */
    @Transactional
    public EvaluationView score(Commands.ScoreSheet command) {
        Visit v = load(command.visitId());
        long me = requireEvaluator(v);
        if (!v.isOpen()) {
            throw RefusedChange.of("selection.error.evaluationClosed");
        }
        Evaluation e = evaluations
                .findByVisitIdAndEvaluatorAccountId(v.getId(), me)
                .orElseThrow(() -> RefusedChange.of("selection.error.declareFirst"));
        Grid grid = settings.grid(v.getGridVersion());
        e.saveScores(grid, command.scores() == null ? java.util.Map.of() : command.scores());
        if (command.submit()) {
            e.submit(grid, Instant.now());
        }
        try {
            evaluations.saveAndFlush(e);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            throw new StaleEdit(ApplicationChanges.STALE, "evaluation of visit " + v.getId(), e.getVersion(), null);
        }
        if (command.submit()) {
            audit.record(AuditRecord.of(EVALUATION_AUDIT, e.toView().id(), "SUBMITTED")
                    .change("visit", null, v.getId()));
        }
        return e.toView();
    }

    // rules

    private void requireMayReadScores(Visit v) {
        Long me = changes.actor();
        if (me == null) {
            throw new NotFoundException("visit " + v.getId());
        }
        AccountRef reader = accounts.require(me);
        if (!reader.isStaff()) {
            throw new NotFoundException("visit " + v.getId());
        }
        Optional<Evaluation> own = evaluations.findByVisitIdAndEvaluatorAccountId(v.getId(), me);
        if (own.isPresent() && own.get().isConflictDeclared()) {
            throw RefusedChange.of("selection.error.conflictDeclared");
        }
        if (v.isEvaluator(me) && (own.isEmpty() || !own.get().isSubmitted())) {
            throw RefusedChange.of("selection.error.scoresHiddenUntilSubmitted");
        }
    }

    private long requireEvaluator(Visit v) {
        long me = requireActor();
        if (!v.isEvaluator(me)) {
            throw new NotFoundException("visit " + v.getId() + " for evaluator " + me);
        }
        return me;
    }

    private long requireActor() {
        Long me = changes.actor();
        if (me == null) {
            throw new NotFoundException("no acting account");
        }
        return me;
    }

    private void requireStaff(Set<Long> evaluatorIds) {
        if (evaluatorIds == null || evaluatorIds.isEmpty()) {
            throw RefusedChange.onField("evaluators", "selection.error.evaluatorsRequired");
        }
        for (Long id : evaluatorIds) {
            AccountRef a;
            try {
                a = accounts.require(id);
            } catch (NotFoundException e) {
                throw RefusedChange.onField("evaluators", "selection.error.evaluatorNotStaff");
            }
            if (!a.isStaff() || !a.enabled()) {
                throw RefusedChange.onField("evaluators", "selection.error.evaluatorNotStaff");
            }
        }
    }

    private Visit load(long visitId) {
        return visits.findById(visitId).orElseThrow(() -> new NotFoundException("No visit " + visitId));
    }

    private Visit loadForChange(long visitId, long expectedVersion) {
        Visit v = load(visitId);
        if (v.getVersion() != expectedVersion) {
            throw new StaleEdit(ApplicationChanges.STALE, "visit " + visitId, expectedVersion, v.getVersion());
        }
        return v;
    }

    private void saveVisit(Visit v) {
        try {
            visits.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEdit(ApplicationChanges.STALE, "visit " + v.getId(), v.getVersion(), null);
        }
    }

    private static AuditRecord describe(AuditRecord r, Visit v) {
        return r.change("startsAt", null, v.getStartsAt())
                .change("durationMinutes", null, v.getDurationMinutes())
                .change("place", null, v.getPlace())
                .change("evaluators", null, v.getEvaluators().stream().sorted().toList())
                .change("gridVersion", null, v.getGridVersion());
    }
}
