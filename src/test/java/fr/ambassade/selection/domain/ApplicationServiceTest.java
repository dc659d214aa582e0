package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationIncomplete;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSubmitted;
import fr.ambassade.selection.ApplicationTransitionRefused;
import fr.ambassade.selection.Selection;
import fr.ambassade.selection.SelectionEventsProbe;
import fr.ambassade.selection.domain.SelectionFixture.Who;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The application service on the real database: each transition writes its history line, its audit entry and the
 * candidate's e-mail in their language in one transaction; a stale edit is refused; the events are published.
 */
@IntegrationTest
@EnableScenarios
class ApplicationServiceTest {

    @Autowired
    SelectionFixture f;

    @Autowired
    ApplicationService service;

    @Autowired
    Selection facade;

    @Autowired
    Providers providers;

    @Autowired
    SelectionEventsProbe probe;

    @Test
    void submittingWritesHistoryAuditAndTheCandidatesMailInTheirLanguageAndPublishesTheEvent(Scenario scenario) {
        long provider = f.provider("Gîte du Terril");
        Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView draft = f.draft(candidate, provider);
        assertThat(draft.candidateEmail()).isEqualTo(candidate.email());
        assertThat(draft.candidateLanguage()).isEqualTo("en");

        scenario.stimulate(() ->
                        f.as(candidate, () -> service.submit(new Commands.Step(draft.id(), draft.version(), null))))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .matching(e -> e.applicationId() == draft.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.providerId()).isEqualTo(provider);
                    assertThat(e.kind()).isEqualTo(ApplicationKind.NEW);
                    assertThat(e.applicantAccountId()).isEqualTo(candidate.id());
                });

        ApplicationView submitted = service.get(draft.id());
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.history())
                .extracting(HistoryEntry::to)
                .containsExactly(ApplicationState.DRAFT, ApplicationState.SUBMITTED);
        assertThat(submitted.history().get(1).byAccountId()).isEqualTo(candidate.id());
        assertThat(f.audit(draft.id())).extracting(r -> r.get("action")).containsExactly("CREATED", "SUBMITTED");
        assertThat(f.audit(draft.id()).get(1).get("actor_account_id")).isEqualTo(candidate.id());
        List<Map<String, Object>> mails = f.mailsTo(candidate.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("locale")).isEqualTo("en");
        assertThat(mails.get(0).get("subject")).asString().startsWith("Application received: Gîte du Terril");
        assertThat(providers.byId(provider))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.CANDIDATE);
        await().untilAsserted(() -> assertThat(probe.submittedOf(draft.id())).hasSize(1));
    }

    @Test
    void anIncompleteApplicationIsRefusedWithEachMissingFieldAndNothingIsWritten() {
        long provider = f.provider("Estaminet");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        ApplicationView draft = f.as(
                candidate,
                () -> service.createDraft(
                        new Commands.NewApplication(ApplicationKind.NEW, provider, null, null, null)));
        Map<String, String> partial = f.completeSelfAssessment();
        String skipped = partial.keySet().iterator().next();
        partial.remove(skipped);
        ApplicationView edited = f.as(
                candidate,
                () -> service.editDraft(new Commands.DraftChange(draft.id(), draft.version(), " ", partial, null)));

        assertThatThrownBy(() ->
                        f.as(candidate, () -> service.submit(new Commands.Step(edited.id(), edited.version(), null))))
                .isInstanceOfSatisfying(
                        ApplicationIncomplete.class,
                        e -> assertThat(e.missingFields())
                                .containsExactly("motivation", "selfAssessment[" + skipped + "]"));
        assertThat(service.get(draft.id()).state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(f.mailsTo(candidate.email())).isEmpty();
        assertThat(f.audit(draft.id())).extracting(r -> r.get("action")).containsExactly("CREATED");
    }

    @Test
    void theSecondOfTwoStaffEditingTheSameVersionIsToldAndNothingIsLost() {
        long provider = f.provider("Ferme du Bois");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView submitted = f.submitted(candidate, provider);

        f.as(animator, () -> service.startReview(new Commands.Step(submitted.id(), submitted.version(), "first")));
        assertThatThrownBy(() -> f.as(
                        director,
                        () -> service.declineWithoutVisit(new Commands.DeclineWithoutVisit(
                                submitted.id(), submitted.version(), Map.of("accueil", "Hors territoire"), "second"))))
                .isInstanceOfSatisfying(StaleEdit.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selection.error.stale");
                    assertThat(e.expectedVersion()).isEqualTo(submitted.version());
                });
        ApplicationView now = service.get(submitted.id());
        assertThat(now.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(now.history().get(now.history().size() - 1).reason()).isEqualTo("first");
    }

    @Test
    void theDirectorDeclinesWithoutVisitWithFeedbackPerValueAndNeverAScore(Scenario scenario) {
        long provider = f.provider("Boutique hors territoire");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView review = f.underReview(candidate, provider, animator);
        String value = f.settings.values().get(0).code();
        String valueName = f.settings.values().get(0).name().get(Locale.FRENCH);
        Commands.DeclineWithoutVisit decline = new Commands.DeclineWithoutVisit(
                review.id(), review.version(), Map.of(value, "Votre établissement est hors du territoire"), "hors CA");

        assertThatThrownBy(() -> f.as(animator, () -> service.declineWithoutVisit(decline)))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.declineWithoutVisitNotAllowed"));

        scenario.stimulate(() -> f.as(director, () -> service.declineWithoutVisit(decline)))
                .andWaitForEventOfType(ApplicationDecided.class)
                .matching(e -> e.applicationId() == review.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.decision()).isEqualTo(ApplicationState.DECLINED);
                    assertThat(e.scorePercent()).isNull();
                    assertThat(e.byAccountId()).isEqualTo(director.id());
                });

        Map<String, Object> mail = f.mailsTo(candidate.email()).get(2);
        assertThat(mail.get("subject")).asString().startsWith("Décision sur votre candidature");
        assertThat(mail.get("body_text"))
                .asString()
                .contains(valueName)
                .contains("Votre établissement est hors du territoire")
                .doesNotContain("%")
                .doesNotContain("hors CA");
        assertThat(providers.byId(provider))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.NONE);
        assertThat(f.audit(review.id()))
                .extracting(r -> r.get("action"))
                .containsExactly("CREATED", "SUBMITTED", "REVIEW_STARTED", "DECLINED_WITHOUT_VISIT");
        assertThat(f.audit(review.id()).get(3).get("reason")).isEqualTo("hors CA");
        await().untilAsserted(() -> assertThat(probe.decidedOf(review.id())).hasSize(1));
    }

    @Test
    void aDeclinedProviderMayApplyAgainOnlyAfterTheDelay() {
        long provider = f.provider("Friterie");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView s = f.submitted(candidate, provider);
        f.as(
                director,
                () -> service.declineWithoutVisit(
                        new Commands.DeclineWithoutVisit(s.id(), s.version(), Map.of("accueil", "Pas encore"), null)));

        assertThatThrownBy(() -> f.draft(candidate, provider)).isInstanceOfSatisfying(RefusedChange.class, e -> {
            assertThat(e.messageKey()).isEqualTo("selection.error.reapplyTooSoon");
            assertThat(e.args())
                    .containsExactly(
                            service.reapplyFrom(service.get(s.id()).decidedAt()).toString());
        });

        // thirteen months later, the candidate may apply again
        f.jdbc.update("update application set decided_at = now() - interval '13 months' where id = ?", s.id());
        assertThat(f.draft(candidate, provider).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aProviderHasOneOpenApplicationAtATime() {
        long provider = f.provider("Atelier");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        f.submitted(candidate, provider);
        assertThatThrownBy(() -> f.draft(candidate, provider))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.openApplication"));
    }

    @Test
    void anotherCandidateCannotReachTheApplication() {
        long provider = f.provider("Gîte A");
        long other = f.provider("Gîte B");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who intruder = f.candidate(Locale.FRENCH, other);
        ApplicationView d = f.draft(candidate, provider);

        assertThatThrownBy(() -> f.as(intruder, () -> service.forCandidate(d.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.as(intruder, () -> service.withdraw(new Commands.Step(d.id(), d.version(), "x"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.as(
                        intruder,
                        () -> service.createDraft(
                                new Commands.NewApplication(ApplicationKind.NEW, provider, null, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.as(candidate, () -> service.forCandidate(d.id())).id()).isEqualTo(d.id());
    }

    @Test
    void theCandidateWithdrawsAndTheProviderIsNoLongerACandidate() {
        long provider = f.provider("Brasserie");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        ApplicationView s = f.submitted(candidate, provider);
        ApplicationView w =
                f.as(candidate, () -> service.withdraw(new Commands.Step(s.id(), s.version(), "Nous vendons")));
        assertThat(w.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(w.withdrawReason()).isEqualTo("Nous vendons");
        assertThat(f.mailsTo(candidate.email()))
                .extracting(m -> m.get("subject"))
                .asString()
                .contains("Candidature retirée");
        assertThat(providers.byId(provider))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.NONE);
        assertThatThrownBy(() -> f.as(candidate, () -> service.withdraw(new Commands.Step(s.id(), w.version(), "x"))))
                .isInstanceOf(ApplicationTransitionRefused.class);
    }

    @Test
    void staffInviteAProviderAndTheDutchSpeakingCandidateGetsDutchMails() {
        long provider = f.provider("B&B Nederlands");
        Who animator = f.staff(Role.ANIMATOR);
        String email = "nl-" + System.nanoTime() + "@test.ambassade.test";
        ApplicationView d = f.as(
                animator,
                () -> service.createDraft(
                        new Commands.NewApplication(ApplicationKind.NEW, provider, null, email, "nl")));
        assertThat(d.invitedByAccountId()).isEqualTo(animator.id());
        ApplicationView edited = f.as(
                animator,
                () -> service.editDraft(
                        new Commands.DraftChange(d.id(), d.version(), "Motivatie", f.completeSelfAssessment(), null)));
        f.as(animator, () -> service.submit(new Commands.Step(edited.id(), edited.version(), null)));

        Map<String, Object> mail = f.mailsTo(email).get(0);
        assertThat(mail.get("locale")).isEqualTo("nl");
        assertThat(mail.get("subject")).asString().startsWith("Kandidatuur ontvangen");
        assertThat(f.audit(d.id())).extracting(r -> r.get("action")).containsExactly("INVITED", "SUBMITTED");
    }

    @Test
    void theFacadeAnswersSummariesAndCountsAreGivenForEveryState() {
        long provider = f.provider("Facade");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        ApplicationView s = f.submitted(candidate, provider);
        assertThat(facade.byId(s.id())).get().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ApplicationState.SUBMITTED);
            assertThat(a.providerId()).isEqualTo(provider);
            assertThat(a.scorePercent()).isNull();
        });
        assertThat(facade.ofProvider(provider)).hasSize(1);
        assertThat(facade.hasRenewalInProgress(provider)).isFalse();
        assertThat(service.countsByState()).containsOnlyKeys(ApplicationState.values());
        assertThat(service.countsByState().get(ApplicationState.SUBMITTED)).isPositive();
    }
}
