package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.config.RunMode;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.settings.GridScore;
import fr.ambassade.shared.DisplayTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo selection data (demo mode only), written with one statement per table (no events, no e-mails, no audit:
 * the history rows are the record), before the membership demo (order 60) which takes each membership's score,
 * grid version and start date from the ACCEPTED application written here:
 *
 * <ul>
 *   <li>every demo ambassador without an ACCEPTED application gets one — submitted, reviewed, visited by two demo
 *       staff evaluators (submitted evaluations, French evidence notes, a passing score), decided by one of the past
 *       committee sessions, placed so that, with the charter signed {@value #SIGNATURE_DELAY_DAYS} days after the
 *       decision, one in five renewals falls in the next 90 days;
 *   <li>once (marker: a demo committee session exists), applications in every other state on demo providers that
 *       are not ambassadors, filed by staff on their behalf (the demo candidate login's establishment by the
 *       candidate herself), a committee session held two weeks ago (an acceptance awaiting the charter signature,
 *       a decline with feedback per value, a deferral with conditions and a review date) and one in three weeks with
 *       two evaluated applications on its agenda.
 * </ul>
 *
 * Idempotent across restarts.
 */
@Component
@Order(55)
class SelectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SelectionDemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Days between a committee's acceptance and the membership's start (the charter signature). */
    static final int SIGNATURE_DELAY_DAYS = 10;

    static final String DOMAIN = "@demo.ambassade.test";

    private final RunMode runMode;
    private final Providers providers;
    private final Accounts accounts;
    private final DestinationSettings settings;
    private final DisplayTime displayTime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SelectionDemoData(
            RunMode runMode,
            Providers providers,
            Accounts accounts,
            DestinationSettings settings,
            DisplayTime displayTime,
            JdbcTemplate jdbc,
            TransactionTemplate tx) {
        this.runMode = runMode;
        this.providers = providers;
        this.accounts = accounts;
        this.settings = settings;
        this.displayTime = displayTime;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runMode.demoData()) {
            return;
        }
        long started = System.nanoTime();
        Grid grid = settings.currentGrid();
        Long animator = staff("animator");
        Long director = staff("director");
        if (grid.isEmpty() || animator == null || director == null) {
            return;
        }
        Set<Long> accepted = new HashSet<>(jdbc.queryForList(
                "select distinct provider_id from application where state = 'ACCEPTED' and provider_id is not null",
                Long.class));
        List<ProviderSummary> ambassadors = demoProviders(NetworkStatus.AMBASSADOR).stream()
                .filter(p -> !accepted.contains(p.id()))
                .toList();
        boolean scenarioDone = Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from committee_session where demo)", Boolean.class));
        if (ambassadors.isEmpty() && scenarioDone) {
            return;
        }
        Plan plan = new Plan(
                grid,
                settings.values(),
                displayTime.zone(),
                displayTime.today(),
                animator,
                director,
                settings.current().passThresholdPercent());
        plan.evaluators = List.of(
                animator,
                Objects.requireNonNullElse(staff("counselor"), animator),
                director,
                Objects.requireNonNullElse(staff("editor"), director));
        long read = System.nanoTime();
        long[] planned = new long[1];
        tx.executeWithoutResult(s -> {
            plan.ambassadors(ambassadors, settings.current().renewalMonths());
            if (!scenarioDone) {
                scenario(plan);
            }
            planned[0] = System.nanoTime();
            write(plan);
        });
        log.info(
                "TIMING read {} plan {} write {}",
                (read - started) / 1_000_000,
                (planned[0] - read) / 1_000_000,
                (System.nanoTime() - planned[0]) / 1_000_000);
        log.info(
                "Demo selection data: {} applications, {} evaluations, {} committee sessions in {} ms",
                plan.applications.size(),
                plan.evaluations.size(),
                plan.sessions.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Long staff(String name) {
        return accounts.byEmail(name + DOMAIN).map(AccountRef::id).orElse(null);
    }

    private List<ProviderSummary> demoProviders(NetworkStatus status) {
        return providers.byIds(providers.idsWithNetworkStatus(status)).stream()
                .filter(ProviderSummary::demo)
                .sorted(Comparator.comparingLong(ProviderSummary::id))
                .toList();
    }

    /** The applications in every state on providers that have none yet, and the two recent committee sessions. */
    private void scenario(Plan plan) {
        Set<Long> withApplication = new HashSet<>(jdbc.queryForList(
                "select distinct provider_id from application where provider_id is not null", Long.class));
        Long candidateLogin = staff("candidate");
        Set<Long> loginEstablishments = candidateLogin == null ? Set.of() : accounts.establishmentsOf(candidateLogin);
        List<ProviderSummary> candidates = new ArrayList<>(demoProviders(NetworkStatus.CANDIDATE).stream()
                .filter(p -> !withApplication.contains(p.id()))
                .sorted(Comparator.comparing((ProviderSummary p) -> !loginEstablishments.contains(p.id())))
                .toList());
        List<ProviderSummary> others = new ArrayList<>(demoProviders(NetworkStatus.NONE).stream()
                .filter(p -> !withApplication.contains(p.id()))
                .toList());
        // eight open files need candidates: the demo directory has about six, the others become candidates as a
        // submission would make them
        while (candidates.size() < 8 && others.size() > 3) {
            ProviderSummary p = others.remove(others.size() - 1);
            providers.changeNetworkStatus(p.id(), NetworkStatus.CANDIDATE, "demo: application submitted");
            candidates.add(p);
        }
        if (candidates.size() < 8 || others.size() < 3) {
            log.warn("Demo selection scenario skipped: not enough demo providers");
            return;
        }
        LocalDate today = plan.today;
        int held = plan.session(today.minusDays(14), "Salle du conseil, Béthune");
        int coming = plan.session(today.plusDays(21), "Maison du tourisme, Bruay-la-Buissière");
        ProviderSummary login = candidates.get(0);
        boolean byLogin = candidateLogin != null && loginEstablishments.contains(login.id());
        plan.file(
                login,
                ApplicationState.SUBMITTED,
                today.minusDays(3),
                Profile.GOOD,
                null,
                byLogin ? candidateLogin : null);
        plan.file(candidates.get(1), ApplicationState.UNDER_REVIEW, today.minusDays(5), Profile.GOOD, null, null);
        plan.file(candidates.get(2), ApplicationState.VISIT_SCHEDULED, today.minusDays(2), Profile.GOOD, null, null);
        plan.file(candidates.get(3), ApplicationState.EVALUATED, today.minusDays(4), Profile.BORDER, null, null);
        plan.file(candidates.get(4), ApplicationState.IN_COMMITTEE, today.minusDays(1), Profile.GOOD, coming, null);
        plan.file(candidates.get(5), ApplicationState.IN_COMMITTEE, today.minusDays(1), Profile.BORDER, coming, null);
        plan.file(candidates.get(6), ApplicationState.ACCEPTED, today.minusDays(14), Profile.GOOD, held, null);
        plan.file(candidates.get(7), ApplicationState.DEFERRED, today.minusDays(14), Profile.BORDER, held, null);
        plan.file(others.get(0), ApplicationState.DECLINED, today.minusDays(14), Profile.WEAK, held, null);
        plan.file(others.get(1), ApplicationState.DRAFT, today.minusDays(6), Profile.GOOD, null, null);
        plan.file(others.get(2), ApplicationState.WITHDRAWN, today.minusDays(20), Profile.GOOD, null, null);
    }

    // ---------------------------------------------------------------------------------------------------- writing

    private List<Long> ids(String table, int n) {
        if (n == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?) order by 1",
                Long.class,
                table,
                n);
    }

    private void write(Plan p) {
        List<Long> appIds = ids("application", p.applications.size());
        List<Long> visitIds = ids("visit", p.visits.size());
        List<Long> evalIds = ids("evaluation", p.evaluations.size());
        List<Long> sessionIds = ids("committee_session", p.sessions.size());
        batch(
                "committee_session",
                "id bigint, held_on date, place text, created_at timestamptz, demo boolean",
                p.sessions,
                r -> new Object[] {sessionIds.get(r.idx), Date.valueOf(r.heldOn), r.place, ts(r.createdAt), true});
        batch("committee_member", "session_id bigint, account_id bigint", p.members, r ->
                new Object[] {sessionIds.get(r.sessionIdx), r.accountId});
        batch("committee_external_member", "session_id bigint, position integer, name text", p.externals, r ->
                new Object[] {sessionIds.get(r.sessionIdx), r.position, r.name});
        batch(
                "application",
                "id bigint, kind text, state text, provider_id bigint, applicant_account_id bigint,"
                        + " invited_by_account_id bigint, candidate_email text, candidate_language text,"
                        + " motivation text, self_assessment jsonb, recommendation text, deferral_conditions text,"
                        + " review_date date, decline_feedback jsonb, withdraw_reason text, score_percent numeric,"
                        + " grid_version integer, created_at timestamptz, updated_at timestamptz,"
                        + " submitted_at timestamptz, decided_at timestamptz, version bigint, demo boolean",
                p.applications,
                r -> new Object[] {
                    appIds.get(r.idx),
                    "NEW",
                    r.state.name(),
                    r.providerId,
                    r.applicant,
                    r.invitedBy,
                    r.email,
                    "fr",
                    r.motivation,
                    JSON.writeValueAsString(r.selfAssessment),
                    r.recommendation,
                    r.deferralConditions,
                    r.reviewDate == null ? null : Date.valueOf(r.reviewDate),
                    JSON.writeValueAsString(r.declineFeedback),
                    r.withdrawReason,
                    r.score,
                    r.gridVersion,
                    ts(r.createdAt),
                    ts(r.updatedAt),
                    ts(r.submittedAt),
                    ts(r.decidedAt),
                    r.history,
                    true
                });
        batch(
                "application_history",
                "application_id bigint, from_state text, to_state text, at timestamptz, by_account_id bigint,"
                        + " reason text",
                p.history,
                r -> new Object[] {
                    appIds.get(r.appIdx), r.from == null ? null : r.from.name(), r.to.name(), ts(r.at), r.by, r.reason
                });
        batch(
                "visit",
                "id bigint, application_id bigint, starts_at timestamptz, duration_minutes integer, place text,"
                        + " grid_version integer, evaluation_closed_at timestamptz, created_at timestamptz",
                p.visits,
                r -> new Object[] {
                    visitIds.get(r.idx),
                    appIds.get(r.appIdx),
                    ts(r.startsAt),
                    r.minutes,
                    r.place,
                    r.gridVersion,
                    ts(r.closedAt),
                    ts(r.createdAt)
                });
        batch("visit_evaluator", "visit_id bigint, account_id bigint", p.visitEvaluators, r ->
                new Object[] {visitIds.get(r.visitIdx), r.accountId});
        batch(
                "evaluation",
                "id bigint, visit_id bigint, evaluator_account_id bigint, conflict_declared boolean,"
                        + " declared_at timestamptz, submitted_at timestamptz, version bigint",
                p.evaluations,
                r -> new Object[] {
                    evalIds.get(r.idx),
                    visitIds.get(r.visitIdx),
                    r.accountId,
                    false,
                    ts(r.declaredAt),
                    ts(r.submittedAt),
                    1L
                });
        batch(
                "evaluation_score",
                "evaluation_id bigint, criterion_id bigint, score integer, evidence text",
                p.scores,
                r -> new Object[] {evalIds.get(r.evalIdx), r.criterionId, r.score, r.evidence});
        batch(
                "committee_agenda_item",
                "session_id bigint, application_id bigint, position integer, decision text, reasons text,"
                        + " decided_at timestamptz, decided_by_account_id bigint",
                p.agenda,
                r -> new Object[] {
                    sessionIds.get(r.sessionIdx),
                    appIds.get(r.appIdx),
                    r.position,
                    r.decision == null ? null : r.decision.name(),
                    r.reasons,
                    ts(r.decidedAt),
                    r.decidedBy
                });
    }

    /**
     * One statement for all the rows of a table: {@code insert … select … from unnest(?::type[], …)} (a single
     * round trip, however many rows).
     *
     * @param columns "name type" pairs, e.g. {@code "session_id bigint"}; a {@code jsonb} column is sent as text
     */
    private <T> void batch(String table, String columns, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        String[] cols = columns.split(",\\s*");
        String[] names = new String[cols.length];
        String[] types = new String[cols.length];
        for (int c = 0; c < cols.length; c++) {
            String[] nt = cols[c].trim().split("\\s+", 2);
            names[c] = nt[0];
            types[c] = nt[1];
        }
        List<Object[]> all = rows.stream().map(values).toList();
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (");
        StringBuilder select = new StringBuilder(" select ");
        StringBuilder from = new StringBuilder(" from unnest(");
        for (int c = 0; c < cols.length; c++) {
            String sep = c == 0 ? "" : ", ";
            boolean json = types[c].equals("jsonb");
            sql.append(sep).append(names[c]);
            select.append(sep).append("u.").append(names[c]).append(json ? "::jsonb" : "");
            from.append(sep).append("?::").append(json ? "text" : types[c]).append("[]");
        }
        sql.append(")")
                .append(select)
                .append(from)
                .append(") as u(")
                .append(String.join(", ", names))
                .append(")");
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
                for (int c = 0; c < cols.length; c++) {
                    Object[] column = new Object[all.size()];
                    for (int r = 0; r < all.size(); r++) {
                        column[r] = all.get(r)[c];
                    }
                    String type = types[c].equals("jsonb") ? "text" : types[c];
                    ps.setArray(c + 1, con.createArrayOf(type, column));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    // ---------------------------------------------------------------------------------------------------- the plan

    enum Profile {
        GOOD,
        BORDER,
        WEAK
    }

    record SessionRow(int idx, LocalDate heldOn, String place, Instant createdAt) {}

    record MemberRow(int sessionIdx, long accountId) {}

    record ExternalRow(int sessionIdx, int position, String name) {}

    static final class AppRow {
        int idx;
        ApplicationState state;
        long providerId;
        Long applicant;
        Long invitedBy;
        String email;
        String motivation;
        Map<String, String> selfAssessment = new LinkedHashMap<>();
        String recommendation;
        String deferralConditions;
        LocalDate reviewDate;
        Map<String, String> declineFeedback = new LinkedHashMap<>();
        String withdrawReason;
        BigDecimal score;
        int gridVersion;
        Instant createdAt;
        Instant updatedAt;
        Instant submittedAt;
        Instant decidedAt;
        long history;
    }

    record HistoryRow(int appIdx, ApplicationState from, ApplicationState to, Instant at, Long by, String reason) {}

    record VisitRow(
            int idx,
            int appIdx,
            Instant startsAt,
            int minutes,
            String place,
            int gridVersion,
            Instant closedAt,
            Instant createdAt) {}

    record EvaluatorRow(int visitIdx, long accountId) {}

    record EvaluationRow(int idx, int visitIdx, long accountId, Instant declaredAt, Instant submittedAt) {}

    record ScoreRow(int evalIdx, long criterionId, int score, String evidence) {}

    record AgendaRow(
            int sessionIdx,
            int appIdx,
            int position,
            ApplicationState decision,
            String reasons,
            Instant decidedAt,
            Long decidedBy) {}

    /** The rows to write, built in memory (pure: unit-testable without a database). */
    static final class Plan {

        final Grid grid;
        final List<BrandValue> values;
        final ZoneId zone;
        final LocalDate today;
        final long animator;
        final long director;
        List<Long> evaluators;

        final List<SessionRow> sessions = new ArrayList<>();
        final List<MemberRow> members = new ArrayList<>();
        final List<ExternalRow> externals = new ArrayList<>();
        final List<AppRow> applications = new ArrayList<>();
        final List<HistoryRow> history = new ArrayList<>();
        final List<VisitRow> visits = new ArrayList<>();
        final List<EvaluatorRow> visitEvaluators = new ArrayList<>();
        final List<EvaluationRow> evaluations = new ArrayList<>();
        final List<ScoreRow> scores = new ArrayList<>();
        final List<AgendaRow> agenda = new ArrayList<>();
        private final Map<Integer, Integer> agendaSize = new LinkedHashMap<>();
        private final BigDecimal threshold;

        Plan(Grid grid, List<BrandValue> values, ZoneId zone, LocalDate today, long animator, long director) {
            this(grid, values, zone, today, animator, director, BigDecimal.valueOf(60));
        }

        Plan(
                Grid grid,
                List<BrandValue> values,
                ZoneId zone,
                LocalDate today,
                long animator,
                long director,
                BigDecimal threshold) {
            this.grid = grid;
            this.values = values;
            this.zone = zone;
            this.today = today;
            this.animator = animator;
            this.director = director;
            this.threshold = threshold;
            this.evaluators = List.of(animator, director);
        }

        Instant at(LocalDate day, int hour) {
            return day.atTime(hour, 0).atZone(zone).toInstant();
        }

        int session(LocalDate heldOn, String place) {
            int idx = sessions.size();
            sessions.add(new SessionRow(idx, heldOn, place, at(heldOn.minusDays(30), 9)));
            members.add(new MemberRow(idx, director));
            members.add(new MemberRow(idx, animator));
            for (long e : evaluators) {
                if (e != director
                        && e != animator
                        && members.stream().noneMatch(m -> m.sessionIdx() == idx && m.accountId() == e)) {
                    members.add(new MemberRow(idx, e));
                    break;
                }
            }
            externals.add(new ExternalRow(idx, 0, "Marie Lefebvre (CCI Artois)"));
            externals.add(new ExternalRow(idx, 1, "Jean-Pierre Dumont (Union des commerçants de Béthune)"));
            return idx;
        }

        /**
         * An ACCEPTED application per ambassador, decided by past committee sessions: those of one ambassador in five
         * held so that the renewal (signature {@value #SIGNATURE_DELAY_DAYS} days later, plus the renewal period)
         * falls in 30 or 75 days, the others spread over the period.
         */
        void ambassadors(List<ProviderSummary> ambassadors, int renewalMonths) {
            if (ambassadors.isEmpty()) {
                return;
            }
            LocalDate periodAgo = today.minusMonths(renewalMonths);
            List<Integer> due = List.of(
                    session(periodAgo.plusDays(30 - SIGNATURE_DELAY_DAYS), "Salle du conseil, Béthune"),
                    session(periodAgo.plusDays(75 - SIGNATURE_DELAY_DAYS), "Salle du conseil, Béthune"));
            LocalDate first = periodAgo.plusDays(120);
            LocalDate last = today.minusDays(50);
            long span = Math.max(0, ChronoUnit.DAYS.between(first, last));
            List<Integer> later = new ArrayList<>();
            int count = span < 60 ? 1 : 6;
            for (int n = 0; n < count; n++) {
                LocalDate d = span < 60 ? last : first.plusDays(span * n / (count - 1));
                later.add(session(d, n % 2 == 0 ? "Salle du conseil, Béthune" : "Mairie de Bruay-la-Buissière"));
            }
            for (int k = 0; k < ambassadors.size(); k++) {
                int s = k % 5 == 0 ? due.get((k / 5) % due.size()) : later.get(k % later.size());
                file(
                        ambassadors.get(k),
                        ApplicationState.ACCEPTED,
                        sessions.get(s).heldOn(),
                        Profile.GOOD,
                        s,
                        null);
            }
        }

        /**
         * One application walked to {@code target} along the legal path, its last step on {@code day} (the session
         * day for a decision), each earlier step nine days before the next.
         */
        void file(
                ProviderSummary p,
                ApplicationState target,
                LocalDate day,
                Profile profile,
                Integer session,
                Long applicant) {
            int seed = applications.size() * 7 + (int) (p.id() % 11);
            List<ApplicationState> path = path(target);
            AppRow a = new AppRow();
            a.idx = applications.size();
            a.state = target;
            a.providerId = p.id();
            a.applicant = applicant;
            a.invitedBy = applicant == null ? animator : null;
            a.email = p.email();
            a.gridVersion = 0;
            a.motivation = target == ApplicationState.DRAFT ? null : motivation(p, seed);
            for (BrandValue v : values) {
                if (target != ApplicationState.DRAFT || v.position() % 2 == 0) {
                    a.selfAssessment.put(v.code(), selfAssessment(v, seed));
                }
            }
            applications.add(a);
            int n = path.size();
            Instant last = null;
            int visitIdx = -1;
            for (int i = 0; i < n; i++) {
                ApplicationState to = path.get(i);
                boolean decision = to == ApplicationState.ACCEPTED
                        || to == ApplicationState.DECLINED
                        || to == ApplicationState.DEFERRED;
                LocalDate stepDay = day.minusDays(9L * (n - 1 - i));
                Instant at = decision ? at(day, 18) : at(stepDay, 10 + i % 6);
                ApplicationState from = i == 0 ? null : path.get(i - 1);
                Long by = switch (to) {
                    case DRAFT -> applicant == null ? animator : applicant;
                    case SUBMITTED -> applicant == null ? animator : applicant;
                    case ACCEPTED, DECLINED, DEFERRED -> director;
                    default -> animator;
                };
                String reason = null;
                switch (to) {
                    case DRAFT -> {
                        a.createdAt = at;
                        reason = applicant == null ? "invited" : null;
                    }
                    case SUBMITTED -> {
                        a.submittedAt = at;
                        reason = applicant == null ? "Dossier déposé par l'office pour l'établissement" : null;
                    }
                    case VISIT_SCHEDULED -> visitIdx = visit(a, at, stepDay.plusDays(7), target == to);
                    case EVALUATED -> reason = evaluate(a, visitIdx, profile, seed, at);
                    case IN_COMMITTEE ->
                        reason = "Inscrit à l'ordre du jour du comité du "
                                + sessions.get(session).heldOn();
                    case ACCEPTED, DECLINED, DEFERRED -> {
                        reason = decide(a, to, profile, seed);
                        a.decidedAt = at;
                    }
                    case WITHDRAWN -> {
                        reason = "Reprise de l'établissement prévue cette année : nous reviendrons vers vous ensuite.";
                        a.withdrawReason = reason;
                        a.decidedAt = at;
                    }
                    default -> {}
                }
                history.add(new HistoryRow(a.idx, from, to, at, by, reason));
                last = at;
            }
            a.updatedAt = last;
            a.history = n - 1L;
            if (session != null) {
                int position = agendaSize.merge(session, 1, Integer::sum) - 1;
                boolean decided = target != ApplicationState.IN_COMMITTEE;
                agenda.add(new AgendaRow(
                        session,
                        a.idx,
                        position,
                        decided ? target : null,
                        decided ? history.get(history.size() - 1).reason() : null,
                        decided ? a.decidedAt : null,
                        decided ? director : null));
            }
        }

        static List<ApplicationState> path(ApplicationState target) {
            List<ApplicationState> order = List.of(
                    ApplicationState.DRAFT,
                    ApplicationState.SUBMITTED,
                    ApplicationState.UNDER_REVIEW,
                    ApplicationState.VISIT_SCHEDULED,
                    ApplicationState.EVALUATED,
                    ApplicationState.IN_COMMITTEE);
            return switch (target) {
                case WITHDRAWN ->
                    List.of(
                            ApplicationState.DRAFT,
                            ApplicationState.SUBMITTED,
                            ApplicationState.UNDER_REVIEW,
                            ApplicationState.WITHDRAWN);
                case ACCEPTED, DECLINED, DEFERRED -> {
                    List<ApplicationState> all = new ArrayList<>(order);
                    all.add(target);
                    yield all;
                }
                default -> order.subList(0, order.indexOf(target) + 1);
            };
        }

        private int visit(AppRow a, Instant scheduledAt, LocalDate visitDay, boolean open) {
            int idx = visits.size();
            visits.add(new VisitRow(
                    idx,
                    a.idx,
                    at(visitDay, 14),
                    90,
                    "Sur place, à l'établissement",
                    grid.version(),
                    null,
                    scheduledAt));
            int first = (a.idx + (open ? 1 : 0)) % evaluators.size();
            long e1 = evaluators.get(first);
            long e2 = evaluators.get((first + 1) % evaluators.size());
            visitEvaluators.add(new EvaluatorRow(idx, e1));
            if (e2 != e1) {
                visitEvaluators.add(new EvaluatorRow(idx, e2));
            }
            return idx;
        }

        /** Two submitted evaluations, the visit closed, the score and the recommendation stored. */
        private String evaluate(AppRow a, int visitIdx, Profile profile, int seed, Instant closedAt) {
            VisitRow v = visits.get(visitIdx);
            visits.set(
                    visitIdx,
                    new VisitRow(
                            v.idx(),
                            v.appIdx(),
                            v.startsAt(),
                            v.minutes(),
                            v.place(),
                            v.gridVersion(),
                            closedAt,
                            v.createdAt()));
            List<EvaluatorRow> who = visitEvaluators.stream()
                    .filter(e -> e.visitIdx() == visitIdx)
                    .toList();
            List<Map<Long, Integer>> maps = new ArrayList<>();
            for (int e = 0; e < who.size(); e++) {
                maps.add(scores(profile, seed, e));
            }
            GridScore score = grid.scoreAll(maps, threshold);
            if (profile == Profile.GOOD && !score.passed()) {
                maps.forEach(m -> m.replaceAll((c, s) -> Math.max(s, 2)));
                score = grid.scoreAll(maps, threshold);
            }
            for (int e = 0; e < who.size(); e++) {
                int idx = evaluations.size();
                Instant submitted = v.startsAt().plus(20 + 4L * e, ChronoUnit.HOURS);
                evaluations.add(new EvaluationRow(idx, visitIdx, who.get(e).accountId(), v.startsAt(), submitted));
                for (GridCriterion c : grid.criteria()) {
                    int s = maps.get(e).get(c.id());
                    scores.add(new ScoreRow(idx, c.id(), s, evidence(c, s, seed + e)));
                }
            }
            a.score = score.percent();
            a.gridVersion = grid.version();
            a.recommendation = switch (profile) {
                case GOOD ->
                    "Avis favorable : les valeurs de la marque sont vécues au quotidien, l'accueil est"
                            + " remarquable et les évaluateurs concordent.";
                case BORDER ->
                    "Avis réservé : un projet sincère, proche du seuil ; quelques engagements à"
                            + " concrétiser avant l'entrée dans le réseau.";
                case WEAK -> "Avis défavorable : les critères obligatoires ne sont pas atteints lors de la visite.";
            };
            return "Évaluation close : " + score.percent() + " %";
        }

        private Map<Long, Integer> scores(Profile profile, int seed, int evaluator) {
            Map<Long, Integer> m = new LinkedHashMap<>();
            int quality = Math.floorMod(seed, 5);
            int j = 0;
            for (GridCriterion c : grid.criteria()) {
                int h = Math.floorMod(seed * 31 + j * 17 + evaluator * 7, 10);
                int s = switch (profile) {
                    case GOOD -> h < 2 + quality * 2 ? 3 : (h == 9 && !c.mandatory() && quality < 2) ? 1 : 2;
                    case BORDER -> c.mandatory() ? 2 : h < 3 ? 1 : h < 8 ? 2 : 3;
                    case WEAK -> c.mandatory() ? 1 : h < 3 ? 0 : h < 8 ? 1 : 2;
                };
                m.put(c.id(), s);
                j++;
            }
            return m;
        }

        private String decide(AppRow a, ApplicationState decision, Profile profile, int seed) {
            switch (decision) {
                case ACCEPTED -> {
                    return "Score de " + a.score + " %, au-dessus du seuil, critères obligatoires atteints ;"
                            + " le comité suit l'avis favorable de l'animatrice.";
                }
                case DEFERRED -> {
                    a.deferralConditions = "Afficher les producteurs locaux servis à la carte et proposer un accueil"
                            + " en néerlandais (même quelques phrases) ; nouvelle visite à la date de revue.";
                    a.reviewDate = today.plusDays(45);
                    return "Projet prometteur mais encore en construction : le comité souhaite revoir le dossier"
                            + " une fois les engagements tenus.";
                }
                default -> {
                    List<String> feedback = List.of(
                            "Nous avons apprécié votre sincérité ; lors de la visite, les exemples concrets ont"
                                    + " manqué. Une nouvelle candidature est possible dans douze mois.",
                            "Les produits et savoir-faire du territoire sont encore peu présents : mettre en avant"
                                    + " deux ou trois producteurs voisins ferait la différence.",
                            "Le lien avec les autres acteurs du réseau reste à construire : participez à une"
                                    + " rencontre AmBBassadeurs ouverte aux candidats.",
                            "Les engagements pris (tri, circuits courts) sont à formaliser et à rendre visibles pour"
                                    + " vos clients.");
                    int i = 0;
                    for (BrandValue v : values) {
                        a.declineFeedback.put(v.code(), feedback.get(i++ % feedback.size()));
                    }
                    return "Critères obligatoires non atteints (score " + a.score + " %) ; le comité suit l'avis"
                            + " défavorable et adresse un retour détaillé par valeur.";
                }
            }
        }

        private static String motivation(ProviderSummary p, int seed) {
            List<String> why = List.of(
                    "Nous accueillons chaque saison des visiteurs qui découvrent le Bassin minier : nous voulons"
                            + " leur faire aimer notre territoire comme nous l'aimons.",
                    "Installés ici depuis trois générations, nous voulons rejoindre les AmBBassadeurs pour partager"
                            + " nos adresses et travailler avec les autres professionnels.",
                    "Le label nous aiderait à faire connaître notre maison et à orienter nos clients vers les"
                            + " producteurs et les sites de l'agglomération.");
            return p.name() + " : " + why.get(Math.floorMod(seed, why.size()));
        }

        private static String selfAssessment(BrandValue v, int seed) {
            List<String> how = List.of(
                    "Nous pensons le vivre au quotidien : nos clients nous le disent souvent.",
                    "C'est un point sur lequel nous progressons ; des exemples concrets sont dans notre dossier.",
                    "Nous le mettons en pratique avec nos voisins et nos fournisseurs du territoire.");
            return v.name().fr() + " — " + how.get(Math.floorMod(seed + v.position(), how.size()));
        }

        private static String evidence(GridCriterion c, int score, int seed) {
            String label = c.label().fr();
            List<String> notes = switch (score) {
                case 3 ->
                    List.of(
                            "Pleinement constaté pendant la visite (%s) : exemples concrets donnés sans hésiter.",
                            "Point fort de la maison (%s) : les clients en parlent spontanément dans les avis.",
                            "Très convaincant sur « %s » ; une pratique installée depuis plusieurs années.");
                case 2 ->
                    List.of(
                            "Satisfaisant sur « %s », quelques pistes d'amélioration évoquées ensemble.",
                            "Bien présent (%s), à formaliser davantage, par exemple par un affichage.",
                            "Correct : %s observé, mais pas encore systématique.");
                case 1 ->
                    List.of(
                            "Encore fragile sur « %s » : peu d'exemples pendant la visite.",
                            "Intention sincère (%s) mais peu de réalisations concrètes pour l'instant.");
                default -> List.of("Non constaté pendant la visite (%s) ; rien de prévu à court terme.");
            };
            return String.format(notes.get(Math.floorMod(seed, notes.size())), label);
        }
    }
}
