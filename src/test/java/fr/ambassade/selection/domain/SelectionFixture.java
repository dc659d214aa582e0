package fr.ambassade.selection.domain;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the selection's integration test data with the real services, acting as given accounts (a component of the
 * test classpath, shared by the one test context).
 */
@Component
public class SelectionFixture {

    final ApplicationService applications;
    final VisitService visits;
    final CommitteeService committees;
    final DestinationSettings settings;
    final AccountFixtures accounts;
    final ProviderFixtures providers;
    final TransactionTemplate tx;
    final JdbcTemplate jdbc;

    SelectionFixture(
            ApplicationService applications,
            VisitService visits,
            CommitteeService committees,
            DestinationSettings settings,
            AccountFixtures accounts,
            ProviderFixtures providers,
            TransactionTemplate tx,
            JdbcTemplate jdbc) {
        this.applications = applications;
        this.visits = visits;
        this.committees = committees;
        this.settings = settings;
        this.accounts = accounts;
        this.providers = providers;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    record Who(long id, String email, Set<Role> roles) {}

    Who account(Locale locale, Role... roles) {
        String email = "sel-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
        Set<Role> set = EnumSet.copyOf(Arrays.asList(roles));
        AccountView a = accounts.create(email, "Test " + email, locale, set, null);
        return new Who(a.id(), email, set);
    }

    Who staff(Role role) {
        return account(Locale.FRENCH, role);
    }

    Who candidate(Locale locale, long... establishments) {
        Who who = account(locale, Role.PROVIDER);
        for (long id : establishments) {
            accounts.link(who.id(), id);
        }
        return who;
    }

    long provider(String name) {
        return providers.save(aProvider().named(unique(name))).id();
    }

    <T> T as(Who who, Supplier<T> action) {
        List<SimpleGrantedAuthority> authorities = who.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.email(), null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Map<String, String> completeSelfAssessment() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BrandValue v : settings.values()) {
            m.put(v.code(), "Notre façon de vivre " + v.code());
        }
        return m;
    }

    /** A complete draft by the candidate for the provider. */
    ApplicationView draft(Who candidate, long providerId) {
        ApplicationView d = as(
                candidate,
                () -> applications.createDraft(
                        new Commands.NewApplication(ApplicationKind.NEW, providerId, null, null, null)));
        return as(
                candidate,
                () -> applications.editDraft(new Commands.DraftChange(
                        d.id(), d.version(), "Partager le bassin minier", completeSelfAssessment(), providerId)));
    }

    ApplicationView submitted(Who candidate, long providerId) {
        ApplicationView d = draft(candidate, providerId);
        return as(candidate, () -> applications.submit(new Commands.Step(d.id(), d.version(), null)));
    }

    ApplicationView underReview(Who candidate, long providerId, Who animator) {
        ApplicationView s = submitted(candidate, providerId);
        return as(animator, () -> applications.startReview(new Commands.Step(s.id(), s.version(), "complete")));
    }

    VisitView visit(ApplicationView underReview, Who animator, Who... evaluators) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (Who e : evaluators) {
            ids.add(e.id());
        }
        return as(
                animator,
                () -> visits.schedule(new Commands.ScheduleVisit(
                        underReview.id(),
                        underReview.version(),
                        Instant.now().plus(Duration.ofDays(10)),
                        90,
                        "Sur place",
                        ids)));
    }

    List<GridCriterion> criteria(VisitView v) {
        return settings.grid(v.gridVersion()).criteria();
    }

    /** Every criterion of the visit's grid scored {@code score}. */
    Map<Long, ScoreEntry> sheet(VisitView v, int score) {
        Map<Long, ScoreEntry> m = new LinkedHashMap<>();
        for (GridCriterion c : criteria(v)) {
            m.put(c.id(), ScoreEntry.of(score, "Constaté : " + c.id()));
        }
        return m;
    }

    EvaluationView evaluate(Who evaluator, VisitView v, Map<Long, ScoreEntry> sheet) {
        as(evaluator, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null)));
        return as(evaluator, () -> visits.score(new Commands.ScoreSheet(v.id(), sheet, true)));
    }

    /** Submitted, reviewed, visited, scored 3 everywhere by one evaluator, closed: EVALUATED. */
    ApplicationView evaluated(Who candidate, long providerId, Who animator) {
        ApplicationView r = underReview(candidate, providerId, animator);
        Who evaluator = staff(Role.COUNSELOR);
        VisitView v = visit(r, animator, evaluator);
        evaluate(evaluator, v, sheet(v, 3));
        long version = applications.get(r.id()).version();
        return as(animator, () -> visits.closeEvaluation(new Commands.CloseEvaluation(v.id(), version, "Recommandé")));
    }

    /** A complete RENEWAL draft by the candidate (a manager of the establishment), submitted, reviewed, scored
     * {@code score} everywhere by one evaluator and closed: EVALUATED (3 passes, 0 fails). */
    ApplicationView evaluatedRenewal(Who candidate, long providerId, Who animator, int score) {
        ApplicationView d = as(
                candidate,
                () -> applications.createDraft(
                        new Commands.NewApplication(ApplicationKind.RENEWAL, providerId, null, null, null)));
        ApplicationView draft = as(
                candidate,
                () -> applications.editDraft(new Commands.DraftChange(
                        d.id(), d.version(), "Continuer à partager le bassin minier", completeSelfAssessment(), null)));
        ApplicationView s =
                as(candidate, () -> applications.submit(new Commands.Step(draft.id(), draft.version(), null)));
        ApplicationView r =
                as(animator, () -> applications.startReview(new Commands.Step(s.id(), s.version(), "renewal")));
        Who evaluator = staff(Role.COUNSELOR);
        VisitView v = visit(r, animator, evaluator);
        evaluate(evaluator, v, sheet(v, score));
        long version = applications.get(r.id()).version();
        return as(animator, () -> visits.closeEvaluation(new Commands.CloseEvaluation(v.id(), version, "Renouveler")));
    }

    /** An EVALUATED application put on a session's agenda and DEFERRED by the committee (review in two months). */
    ApplicationView deferred(Who candidate, long providerId, Who animator) {
        ApplicationView evaluated = evaluated(candidate, providerId, animator);
        CommitteeSessionView session = as(
                animator,
                () -> committees.create(new Commands.NewCommitteeSession(
                        java.time.LocalDate.now().plusDays(3), "Salle du conseil", Set.of(animator.id()), List.of())));
        as(animator, () -> committees.addToAgenda(session.id(), evaluated.id(), evaluated.version()));
        long version = applications.get(evaluated.id()).version();
        return as(
                animator,
                () -> committees.decide(new Commands.CommitteeDecision(
                        session.id(),
                        evaluated.id(),
                        version,
                        fr.ambassade.selection.ApplicationState.DEFERRED,
                        "Travaux en cours",
                        null,
                        "Terminer l'accès PMR",
                        java.time.LocalDate.now().plusMonths(2))));
    }

    @org.springframework.beans.factory.annotation.Autowired
    fr.ambassade.settings.domain.SelectionRulesFixture selectionRules;

    /** Turns the destination setting "committee skippable for passing renewals" on or off (tests turn it back off). */
    void committeeSkippableForPassingRenewals(boolean on) {
        selectionRules.set(settings.selectionRules().withCommitteeSkippableForPassingRenewals(on));
    }

    /** Mails queued for the address, oldest first: template, locale, subject, text body. */
    List<Map<String, Object>> mailsTo(String email) {
        return jdbc.queryForList(
                "select template, locale, subject, body_text, body_html from outbox_mail where recipient = ?"
                        + " order by created_at, subject",
                email);
    }

    List<Map<String, Object>> audit(long applicationId) {
        return jdbc.queryForList(
                "select action, actor_account_id, reason, changes::text as changes from audit_entry"
                        + " where object_type = 'Application' and object_id = ? order by id",
                String.valueOf(applicationId));
    }
}
