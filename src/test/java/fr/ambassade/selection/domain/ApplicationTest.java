package fr.ambassade.selection.domain;

import static fr.ambassade.selection.domain.ApplicationMother.STAFF;
import static fr.ambassade.selection.domain.ApplicationMother.VALUES;
import static fr.ambassade.selection.domain.ApplicationMother.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.selection.ApplicationIncomplete;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationTransitionRefused;
import fr.ambassade.shared.RefusedChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The application's state machine: every transition from every state, legal or refused (no Spring). */
class ApplicationTest {

    static Stream<Arguments> everyTransitionFromEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (Transition t : Transition.values()) {
            for (ApplicationState s : ApplicationState.values()) {
                all.add(Arguments.of(t, s));
            }
        }
        return all.stream();
    }

    /** Performs the transition with valid arguments (a renewal that passed for the acceptance without committee). */
    static void apply(Transition t, Application a) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        switch (t) {
            case SUBMIT -> a.submit(VALUES, STAFF, now);
            case START_REVIEW -> a.startReview(STAFF, now, "why");
            case SCHEDULE_VISIT -> a.visitScheduled(STAFF, now, "why");
            case CANCEL_VISIT -> a.visitCancelled(STAFF, now, "why");
            case CLOSE_EVALUATION -> a.evaluated(BigDecimal.TEN, 1, "recommended", STAFF, now);
            case PUT_ON_AGENDA -> a.putOnAgenda(STAFF, now, "why");
            case REMOVE_FROM_AGENDA -> a.removeFromAgenda(STAFF, now, "why");
            case ACCEPT -> a.accept(STAFF, now, "why");
            case ACCEPT_WITHOUT_COMMITTEE -> a.acceptWithoutCommittee(true, STAFF, now, "why");
            case DECLINE -> a.decline(Map.of("accueil", "feedback"), STAFF, now, "why");
            case DEFER -> a.defer("conditions", today.plusDays(30), today, STAFF, now, "why");
            case DECLINE_WITHOUT_VISIT -> a.declineWithoutVisit(Map.of("accueil", "outside"), STAFF, now, "why");
            case REOPEN_FOR_REVIEW -> a.reopen(false, STAFF, now, "why");
            case REOPEN_WITH_VISIT -> a.reopen(true, STAFF, now, "why");
            case WITHDRAW -> a.withdraw("why", STAFF, now);
        }
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void aTransitionIsAllowedExactlyFromItsStates(Transition t, ApplicationState from) {
        Application a =
                (t == Transition.ACCEPT_WITHOUT_COMMITTEE ? anApplication().renewal() : anApplication()).inState(from);
        int historyBefore = a.history().size();
        if (t.allowedFrom(from)) {
            apply(t, a);
            assertThat(a.getState()).isEqualTo(t.to());
            HistoryEntry last = a.history().get(a.history().size() - 1);
            assertThat(a.history()).hasSize(historyBefore + 1);
            assertThat(last.from()).isEqualTo(from);
            assertThat(last.to()).isEqualTo(t.to());
            assertThat(last.byAccountId()).isEqualTo(STAFF);
            assertThat(last.at()).isNotNull();
        } else {
            assertThatThrownBy(() -> apply(t, a))
                    .isInstanceOf(ApplicationTransitionRefused.class)
                    .isInstanceOf(RefusedChange.class)
                    .satisfies(e -> {
                        ApplicationTransitionRefused r = (ApplicationTransitionRefused) e;
                        assertThat(r.messageKey()).isEqualTo(t.messageKey());
                        assertThat(r.from()).isEqualTo(from);
                        assertThat(r.transition()).isEqualTo(t.name());
                        assertThat(r.field()).isNull();
                    });
            assertThat(a.getState()).isEqualTo(from);
            assertThat(a.history()).hasSize(historyBefore);
        }
    }

    @Test
    void theTransitionsAreThoseOfTheProduct() {
        assertThat(Transition.SUBMIT.from()).containsExactly(ApplicationState.DRAFT);
        assertThat(Transition.DECLINE_WITHOUT_VISIT.from())
                .containsExactlyInAnyOrder(ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW);
        assertThat(Transition.WITHDRAW.from())
                .doesNotContain(ApplicationState.ACCEPTED, ApplicationState.DECLINED, ApplicationState.WITHDRAWN);
        for (ApplicationState finalState : ApplicationState.FINAL) {
            assertThat(Transition.values()).noneMatch(t -> t.allowedFrom(finalState));
        }
        assertThat(Transition.REOPEN_FOR_REVIEW.messageKey()).isEqualTo("selection.refused.reopenForReview");
    }

    @Test
    void anIncompleteApplicationIsRefusedListingEveryMissingField() {
        Application a = anApplication()
                .forProvider(null)
                .withoutMotivation()
                .withoutSelfAssessment("authenticite")
                .draft();
        assertThatThrownBy(() -> a.submit(VALUES, STAFF, Instant.now()))
                .isInstanceOfSatisfying(
                        ApplicationIncomplete.class,
                        e -> assertThat(e.missingFields())
                                .containsExactly("providerId", "motivation", "selfAssessment[authenticite]"));
        assertThat(a.getState()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aBlankSelfAssessmentIsMissing() {
        Application a = anApplication().draft();
        a.editDraft("Motivés", Map.of("accueil", "  ", "authenticite", "oui", "engagement", "oui"), 42L, Instant.now());
        assertThat(a.missingForSubmission(VALUES)).containsExactly("selfAssessment[accueil]");
    }

    @Test
    void submittingSetsTheSubmissionTime() {
        Application a = anApplication().inState(ApplicationState.SUBMITTED);
        assertThat(a.getSubmittedAt()).isNotNull();
        assertThat(a.getDecidedAt()).isNull();
    }

    @Test
    void onlyADraftIsEdited() {
        Application a = anApplication().inState(ApplicationState.SUBMITTED);
        assertThatThrownBy(() -> a.editDraft("x", Map.of(), 42L, Instant.now()))
                .isInstanceOf(ApplicationTransitionRefused.class)
                .extracting(e -> ((RefusedChange) e).messageKey())
                .isEqualTo("selection.refused.edit");
    }

    @Test
    void aDeclineNeedsFeedbackForTheCandidate() {
        Application a = anApplication().inState(ApplicationState.IN_COMMITTEE);
        assertThatThrownBy(() -> a.decline(Map.of("accueil", " "), STAFF, Instant.now(), "no"))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("feedback"));
        assertThat(a.getState()).isEqualTo(ApplicationState.IN_COMMITTEE);
        a.decline(Map.of("accueil", " Un accueil à travailler "), STAFF, Instant.now(), "no");
        assertThat(a.getDeclineFeedback()).containsExactly(Map.entry("accueil", "Un accueil à travailler"));
        assertThat(a.getDecidedAt()).isNotNull();
    }

    @Test
    void aDeferralNeedsConditionsAndAReviewDateInTheFuture() {
        Application a = anApplication().inState(ApplicationState.IN_COMMITTEE);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> a.defer(" ", today.plusDays(1), today, STAFF, Instant.now(), "x"))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("conditions"));
        assertThatThrownBy(() -> a.defer("Travaux", today, today, STAFF, Instant.now(), "x"))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("reviewDate"));
        a.defer("Travaux", today.plusDays(1), today, STAFF, Instant.now(), "x");
        assertThat(a.getReviewDate()).isEqualTo(today.plusDays(1));
        assertThat(a.getDeferralConditions()).isEqualTo("Travaux");
    }

    @Test
    void closingTheEvaluationNeedsTheRecommendation() {
        Application a = anApplication().inState(ApplicationState.VISIT_SCHEDULED);
        assertThatThrownBy(() -> a.evaluated(BigDecimal.ONE, 1, " ", STAFF, Instant.now()))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("recommendation"));
        a.evaluated(new BigDecimal("66.67"), 3, "À accepter", STAFF, Instant.now());
        assertThat(a.getScorePercent()).isEqualByComparingTo("66.67");
        assertThat(a.getGridVersion()).isEqualTo(3);
    }

    @Test
    void onlyAPassingRenewalIsAcceptedWithoutCommittee() {
        Application newOne = anApplication().inState(ApplicationState.EVALUATED);
        assertThatThrownBy(() -> newOne.acceptWithoutCommittee(true, STAFF, Instant.now(), "x"))
                .isInstanceOfSatisfying(
                        ApplicationTransitionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.refused.acceptWithoutCommitteeRule"));
        Application failing = anApplication().renewal().inState(ApplicationState.EVALUATED);
        assertThatThrownBy(() -> failing.acceptWithoutCommittee(false, STAFF, Instant.now(), "x"))
                .isInstanceOf(ApplicationTransitionRefused.class);
        assertThat(failing.getKind()).isEqualTo(ApplicationKind.RENEWAL);
        assertThat(failing.getState()).isEqualTo(ApplicationState.EVALUATED);
    }

    @Test
    void theHistoryKeepsWhoWhenAndWhy() {
        Application a = anApplication().inState(ApplicationState.SUBMITTED);
        a.withdraw("  Nous vendons  ", ApplicationMother.CANDIDATE, Instant.now());
        assertThat(a.history())
                .extracting(HistoryEntry::to)
                .containsExactly(ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.WITHDRAWN);
        HistoryEntry last = a.history().get(2);
        assertThat(last.reason()).isEqualTo("Nous vendons");
        assertThat(last.byAccountId()).isEqualTo(ApplicationMother.CANDIDATE);
        assertThat(a.getWithdrawReason()).isEqualTo("Nous vendons");
    }

    @Test
    void erasingPersonalDataKeepsTheDecision() {
        Application a = anApplication().inState(ApplicationState.DECLINED);
        a.erasePersonalData(Instant.now());
        assertThat(a.getMotivation()).isNull();
        assertThat(a.getSelfAssessment()).isEmpty();
        assertThat(a.getCandidateEmail()).isNull();
        assertThat(a.getState()).isEqualTo(ApplicationState.DECLINED);
        assertThat(a.getDecidedAt()).isNotNull();
        assertThat(a.history()).allMatch(h -> h.reason() == null);
        Application open = anApplication().inState(ApplicationState.SUBMITTED);
        assertThatThrownBy(() -> open.erasePersonalData(Instant.now())).isInstanceOf(IllegalStateException.class);
    }
}
