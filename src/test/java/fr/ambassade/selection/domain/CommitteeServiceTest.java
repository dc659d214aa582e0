package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.SelectionEventsProbe;
import fr.ambassade.selection.domain.SelectionFixture.Who;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Committee sessions on the real database: the agenda, decisions with their reasons, refusals outside the agenda,
 * the events, and the deferral reminder sent exactly once.
 */
@IntegrationTest
@EnableScenarios
class CommitteeServiceTest {

    @Autowired
    SelectionFixture f;

    @Autowired
    CommitteeService committees;

    @Autowired
    ApplicationService applications;

    @Autowired
    DeferralReminders reminders;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    Providers providers;

    @Autowired
    SelectionEventsProbe probe;

    CommitteeSessionView session(Who animator) {
        return f.as(
                animator,
                () -> committees.create(new Commands.NewCommitteeSession(
                        LocalDate.now().plusDays(3), "Mairie", Set.of(animator.id()), List.of("Mme Élue", " "))));
    }

    @Test
    void theCommitteeAcceptsAnApplicationOfItsAgendaAndTheDecisionIsPublished(Scenario scenario) {
        long provider = f.provider("Estaminet du Coron");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        CommitteeSessionView s = session(animator);
        assertThat(s.externalMembers()).containsExactly("Mme Élue");

        CommitteeSessionView withAgenda =
                f.as(animator, () -> committees.addToAgenda(s.id(), evaluated.id(), evaluated.version()));
        assertThat(withAgenda.agenda())
                .extracting(AgendaItemView::applicationId)
                .containsExactly(evaluated.id());
        ApplicationView inCommittee = applications.get(evaluated.id());
        assertThat(inCommittee.state()).isEqualTo(ApplicationState.IN_COMMITTEE);

        scenario.stimulate(() -> f.as(
                        animator,
                        () -> committees.decide(new Commands.CommitteeDecision(
                                s.id(),
                                evaluated.id(),
                                inCommittee.version(),
                                ApplicationState.ACCEPTED,
                                "Accueil remarquable",
                                null,
                                null,
                                null))))
                .andWaitForEventOfType(ApplicationDecided.class)
                .matching(e -> e.applicationId() == evaluated.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.decision()).isEqualTo(ApplicationState.ACCEPTED);
                    assertThat(e.scorePercent()).isEqualByComparingTo("100");
                    assertThat(e.gridVersion()).isEqualTo(evaluated.gridVersion());
                    assertThat(e.providerId()).isEqualTo(provider);
                    assertThat(e.byAccountId()).isEqualTo(animator.id());
                });

        assertThat(applications.get(evaluated.id()).state()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(committees.get(s.id()).agenda().get(0).reasons()).isEqualTo("Accueil remarquable");
        assertThat(f.mailsTo(candidate.email()))
                .extracting(m -> (String) m.get("subject"))
                .anyMatch(x -> x.startsWith("Candidature présentée au comité"))
                .anyMatch(x -> x.startsWith("Bienvenue parmi les AmBBassadeurs"));
        // still a candidate until the charter is signed (the membership module)
        assertThat(providers.byId(provider))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.CANDIDATE);
        await().untilAsserted(() -> assertThat(probe.decidedOf(evaluated.id())).hasSize(1));
        // a second decision on the same application is refused
        long version = applications.get(evaluated.id()).version();
        assertThatThrownBy(() -> f.as(
                        animator,
                        () -> committees.decide(new Commands.CommitteeDecision(
                                s.id(), evaluated.id(), version, ApplicationState.DECLINED, "x", null, null, null))))
                .isInstanceOf(RefusedChange.class);
    }

    @Test
    void aDecisionOnAnApplicationNotOnTheAgendaIsRefused() {
        long provider = f.provider("Hors ordre du jour");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        CommitteeSessionView s = session(animator);
        assertThatThrownBy(() -> f.as(
                        animator,
                        () -> committees.decide(new Commands.CommitteeDecision(
                                s.id(),
                                evaluated.id(),
                                evaluated.version(),
                                ApplicationState.ACCEPTED,
                                "ok",
                                null,
                                null,
                                null))))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.messageKey()).isEqualTo("selection.error.notOnAgenda"));
        assertThat(applications.get(evaluated.id()).state()).isEqualTo(ApplicationState.EVALUATED);
        // a draft cannot go on the agenda
        long other = f.provider("Brouillon");
        ApplicationView draft = f.draft(f.candidate(Locale.FRENCH, other), other);
        assertThatThrownBy(() -> f.as(animator, () -> committees.addToAgenda(s.id(), draft.id(), draft.version())))
                .isInstanceOf(fr.ambassade.selection.ApplicationTransitionRefused.class);
    }

    @Test
    void aDeclineCarriesTheFeedbackPerValueToTheCandidateAndNoScore() {
        long provider = f.provider("Refusé");
        Who candidate = f.candidate(Locale.ENGLISH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        CommitteeSessionView s = session(animator);
        f.as(animator, () -> committees.addToAgenda(s.id(), evaluated.id(), evaluated.version()));
        long version = applications.get(evaluated.id()).version();
        String code = f.settings.values().get(1).code();
        String name = f.settings.values().get(1).name().get(Locale.ENGLISH);

        ApplicationView declined = f.as(
                animator,
                () -> committees.decide(new Commands.CommitteeDecision(
                        s.id(),
                        evaluated.id(),
                        version,
                        ApplicationState.DECLINED,
                        "Score insuffisant sur l'authenticité",
                        Map.of(code, "Show more of the people behind the place"),
                        null,
                        null)));
        assertThat(declined.state()).isEqualTo(ApplicationState.DECLINED);
        Map<String, Object> mail = f.mailsTo(candidate.email()).stream()
                .filter(m -> ((String) m.get("subject")).startsWith("Decision on your application"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.get("locale")).isEqualTo("en");
        assertThat((String) mail.get("body_text"))
                .contains(name)
                .contains("Show more of the people behind the place")
                .doesNotContain("Score insuffisant")
                .doesNotContain("100")
                .doesNotContain("Recommandé");
        assertThat((String) mail.get("body_html")).contains("Show more of the people behind the place");
        assertThat(providers.byId(provider))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.NONE);
    }

    @Test
    void aDeferralCarriesConditionsAndTheAnimatorIsRemindedOnceOnTheReviewDate() {
        long provider = f.provider("Ajourné");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        CommitteeSessionView s = session(animator);
        f.as(animator, () -> committees.addToAgenda(s.id(), evaluated.id(), evaluated.version()));
        long version = applications.get(evaluated.id()).version();
        LocalDate review = LocalDate.now().plusMonths(2);

        ApplicationView deferred = f.as(
                animator,
                () -> committees.decide(new Commands.CommitteeDecision(
                        s.id(),
                        evaluated.id(),
                        version,
                        ApplicationState.DEFERRED,
                        "Travaux en cours",
                        null,
                        "Terminer l'accès PMR",
                        review)));
        assertThat(deferred.reviewDate()).isEqualTo(review);
        assertThat(f.mailsTo(candidate.email()))
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Candidature ajournée"))
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("body_text")).contains("Terminer l'accès PMR"));

        // other deferrals (the demo data's) may fall due earlier: only this application's reminder is counted
        reminders.remindDueBy(review.minusDays(1));
        assertThat(f.jdbc.queryForObject(
                        "select count(*) from deferral_reminder where application_id = ?",
                        Integer.class,
                        evaluated.id()))
                .isZero();
        int first = reminders.remindDueBy(review);
        int again = reminders.remindDueBy(review.plusDays(1));
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(f.mailsTo(animator.email()))
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Dossier ajourné à réexaminer"))
                .filteredOn(m -> ((String) m.get("subject"))
                        .contains(providers.byId(provider).orElseThrow().name()))
                .hasSize(1);
        assertThat(f.jdbc.queryForObject(
                        "select count(*) from deferral_reminder where application_id = ?",
                        Integer.class,
                        evaluated.id()))
                .isEqualTo(1);
        assertThat(again).isZero();

        // reopened for a new review
        ApplicationView reopened = f.as(
                animator,
                () -> applications.reopenForReview(
                        new Commands.Step(deferred.id(), deferred.version(), "travaux finis")));
        assertThat(reopened.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(reopened.decidedAt()).isNull();
    }

    @Test
    void aDeferredApplicationReopensStraightToANewVisit() {
        long provider = f.provider("Nouvelle visite");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        CommitteeSessionView s = session(animator);
        f.as(animator, () -> committees.addToAgenda(s.id(), evaluated.id(), evaluated.version()));
        long version = applications.get(evaluated.id()).version();
        ApplicationView deferred = f.as(
                animator,
                () -> committees.decide(new Commands.CommitteeDecision(
                        s.id(),
                        evaluated.id(),
                        version,
                        ApplicationState.DEFERRED,
                        "À revoir",
                        null,
                        "Revoir l'accueil",
                        LocalDate.now().plusDays(20))));
        f.visit(deferred, animator, f.staff(Role.COUNSELOR));
        ApplicationView now = applications.get(deferred.id());
        assertThat(now.state()).isEqualTo(ApplicationState.VISIT_SCHEDULED);
        assertThat(now.history().get(now.history().size() - 1).from()).isEqualTo(ApplicationState.DEFERRED);
    }

    @Test
    void personalDataOfDeclinedFilesIsErasedAfterTheRetentionPeriod() {
        long provider = f.provider("Ancien refus");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView s = f.submitted(candidate, provider);
        f.as(
                director,
                () -> applications.declineWithoutVisit(
                        new Commands.DeclineWithoutVisit(s.id(), s.version(), Map.of("accueil", "Non"), null)));
        f.jdbc.update("update application set decided_at = now() - interval '37 months' where id = ?", s.id());

        List<Long> erased =
                retention.eraseDecidedBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(3 * 365)));
        assertThat(erased).contains(s.id());
        ApplicationView after = applications.get(s.id());
        assertThat(after.motivation()).isNull();
        assertThat(after.candidateEmail()).isNull();
        assertThat(after.selfAssessment()).isEmpty();
        assertThat(after.state()).isEqualTo(ApplicationState.DECLINED);
        assertThat(f.audit(s.id())).extracting(r -> r.get("action")).contains("PERSONAL_DATA_ERASED");
    }
}
