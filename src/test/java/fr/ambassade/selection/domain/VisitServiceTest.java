package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.SelectionFixture.Who;
import fr.ambassade.settings.CriterionSpread;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.settings.GridScore;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visits and evaluations on the real database: the candidate's e-mails, the conflict of interest, blind scoring,
 * refused score sheets, and the score from the means of the submitted evaluations.
 */
@IntegrationTest
class VisitServiceTest {

    @Autowired
    SelectionFixture f;

    @Autowired
    VisitService visits;

    @Autowired
    ApplicationService applications;

    @Test
    void schedulingReschedulingAndCancellingEachEmailTheCandidate() {
        long provider = f.provider("Gîte des Corons");
        Who candidate = f.candidate(Locale.ENGLISH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who evaluator = f.staff(Role.EDITOR);
        ApplicationView review = f.underReview(candidate, provider, animator);

        VisitView v = f.visit(review, animator, evaluator);
        assertThat(applications.get(review.id()).state()).isEqualTo(ApplicationState.VISIT_SCHEDULED);
        assertThat(v.gridVersion()).isEqualTo(f.settings.currentGrid().version());
        assertThat(v.sequence()).isZero();

        VisitView moved = f.as(
                animator,
                () -> visits.reschedule(new Commands.RescheduleVisit(
                        v.id(),
                        v.version(),
                        Instant.now().plus(Duration.ofDays(12)),
                        60,
                        "Salle du conseil",
                        Set.of(evaluator.id()))));
        assertThat(moved.sequence()).isEqualTo(1);
        ApplicationView back = f.as(
                animator, () -> visits.cancel(new Commands.CancelVisit(moved.id(), moved.version(), "Intempéries")));
        assertThat(back.state()).isEqualTo(ApplicationState.UNDER_REVIEW);

        List<Map<String, Object>> mails = f.mailsTo(candidate.email());
        assertThat(mails)
                .extracting(m -> (String) m.get("subject"))
                .anyMatch(s -> s.startsWith("Visit scheduled"))
                .anyMatch(s -> s.startsWith("Visit changed"))
                .anyMatch(s -> s.startsWith("Visit cancelled"));
        assertThat(mails.stream()
                        .filter(m -> ((String) m.get("subject")).startsWith("Visit changed"))
                        .findFirst()
                        .orElseThrow()
                        .get("body_text"))
                .asString()
                .contains("Salle du conseil")
                .contains("60 minutes");
        assertThat(f.audit(review.id()))
                .extracting(r -> r.get("action"))
                .contains("VISIT_SCHEDULED", "VISIT_CANCELLED");
    }

    @Test
    void evaluatorsAreStaff() {
        long provider = f.provider("Relais");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView review = f.underReview(candidate, provider, animator);
        assertThatThrownBy(() -> f.visit(review, animator, candidate))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("evaluators"));
    }

    @Test
    void aDeclaredConflictRemovesTheEvaluatorFromTheFile() {
        long provider = f.provider("Cousin");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who cousin = f.staff(Role.COUNSELOR);
        Who other = f.staff(Role.EDITOR);
        VisitView v = f.visit(f.underReview(candidate, provider, animator), animator, cousin, other);

        EvaluationView declared =
                f.as(cousin, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), true, "Mon cousin")));
        assertThat(declared.conflictDeclared()).isTrue();
        assertThatThrownBy(() -> f.as(cousin, () -> visits.score(new Commands.ScoreSheet(v.id(), f.sheet(v, 3), true))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.conflictDeclared"));
        assertThatThrownBy(() -> f.as(cousin, () -> visits.evaluations(v.id()))).isInstanceOf(RefusedChange.class);
        assertThatThrownBy(() ->
                        f.as(cousin, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.alreadyDeclared"));

        f.evaluate(other, v, f.sheet(v, 2));
        GridScore score = f.as(animator, () -> visits.score(v.id()));
        assertThat(score.evaluationCount()).isEqualTo(1);
        assertThat(score.means().values()).allMatch(m -> m.compareTo(new BigDecimal("2")) == 0);
    }

    @Test
    void anEvaluatorCannotReadTheOthersScoresBeforeSubmittingTheirOwn() {
        long provider = f.provider("Aveugle");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who first = f.staff(Role.COUNSELOR);
        Who second = f.staff(Role.EDITOR);
        Who stranger = f.candidate(Locale.FRENCH, provider);
        VisitView v = f.visit(f.underReview(candidate, provider, animator), animator, first, second);
        f.evaluate(first, v, f.sheet(v, 3));

        f.as(second, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null)));
        assertThatThrownBy(() -> f.as(second, () -> visits.evaluations(v.id())))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.scoresHiddenUntilSubmitted"));
        assertThatThrownBy(() -> f.as(second, () -> visits.spread(v.id()))).isInstanceOf(RefusedChange.class);
        // their own evaluation stays readable
        assertThat(f.as(second, () -> visits.myEvaluation(v.id())))
                .get()
                .extracting(EvaluationView::submitted)
                .isEqualTo(false);
        // the candidate never reads scores
        assertThatThrownBy(() -> f.as(stranger, () -> visits.evaluations(v.id())))
                .isInstanceOf(NotFoundException.class);
        // the animator (not an evaluator) reads them
        assertThat(f.as(animator, () -> visits.evaluations(v.id()))).hasSize(2);

        f.as(second, () -> visits.score(new Commands.ScoreSheet(v.id(), f.sheet(v, 1), true)));
        assertThat(f.as(second, () -> visits.evaluations(v.id())))
                .filteredOn(EvaluationView::submitted)
                .hasSize(2);
    }

    @Test
    void aSheetWithABlankCriterionOrAScoreOutOfRangeIsRefusedNamingTheCriterion() {
        long provider = f.provider("Notes");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who evaluator = f.staff(Role.COUNSELOR);
        VisitView v = f.visit(f.underReview(candidate, provider, animator), animator, evaluator);
        List<GridCriterion> criteria = f.criteria(v);
        GridCriterion last = criteria.get(criteria.size() - 1);
        f.as(evaluator, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null)));

        Map<Long, ScoreEntry> blank = new LinkedHashMap<>(f.sheet(v, 2));
        blank.put(last.id(), ScoreEntry.of(null, "pas vu"));
        assertThatThrownBy(() -> f.as(evaluator, () -> visits.score(new Commands.ScoreSheet(v.id(), blank, true))))
                .isInstanceOfSatisfying(RefusedChange.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selection.error.scoreBlank");
                    assertThat(e.field()).isEqualTo("scores[" + last.id() + "]");
                    assertThat(e.args()).containsExactly(last.label().get("fr"));
                });
        Map<Long, ScoreEntry> tooHigh = new LinkedHashMap<>(f.sheet(v, 2));
        tooHigh.put(last.id(), ScoreEntry.of(4, null));
        assertThatThrownBy(() -> f.as(evaluator, () -> visits.score(new Commands.ScoreSheet(v.id(), tooHigh, false))))
                .isInstanceOfSatisfying(RefusedChange.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selection.error.scoreOutOfRange");
                    assertThat(e.field()).isEqualTo("scores[" + last.id() + "]");
                });
        // a draft with a blank criterion is kept, then submitted once complete
        EvaluationView draft = f.as(evaluator, () -> visits.score(new Commands.ScoreSheet(v.id(), blank, false)));
        assertThat(draft.submitted()).isFalse();
        assertThat(draft.scores().get(last.id()).evidence()).isEqualTo("pas vu");
        EvaluationView done = f.as(
                evaluator,
                () -> visits.score(new Commands.ScoreSheet(v.id(), Map.of(last.id(), ScoreEntry.of(3, "vu")), true)));
        assertThat(done.submitted()).isTrue();
    }

    @Test
    void theEvaluationIsClosedFromTheMeansOfTheSubmittedEvaluationsOnly() {
        long provider = f.provider("Moyennes");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who a = f.staff(Role.COUNSELOR);
        Who b = f.staff(Role.EDITOR);
        Who late = f.staff(Role.DIRECTOR);
        ApplicationView review = f.underReview(candidate, provider, animator);
        VisitView v = f.visit(review, animator, a, b, late);

        long version = applications.get(review.id()).version();
        assertThatThrownBy(() -> f.as(
                        animator,
                        () -> visits.closeEvaluation(new Commands.CloseEvaluation(v.id(), version, "Recommandé"))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.noSubmittedEvaluation"));

        f.evaluate(a, v, f.sheet(v, 3));
        f.evaluate(b, v, f.sheet(v, 2));
        // a third evaluator saved zeros but never submitted: not counted
        f.as(late, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null)));
        f.as(late, () -> visits.score(new Commands.ScoreSheet(v.id(), f.sheet(v, 0), false)));

        List<CriterionSpread> spread = f.as(animator, () -> visits.spread(v.id()));
        assertThat(spread).allSatisfy(c -> {
            assertThat(c.min()).isEqualTo(2);
            assertThat(c.max()).isEqualTo(3);
            assertThat(c.mean()).isEqualByComparingTo("2.5");
            assertThat(c.count()).isEqualTo(2);
        });

        ApplicationView evaluated = f.as(
                animator, () -> visits.closeEvaluation(new Commands.CloseEvaluation(v.id(), version, "Recommandé")));
        assertThat(evaluated.state()).isEqualTo(ApplicationState.EVALUATED);
        // every criterion at mean 2.5 out of 3
        assertThat(evaluated.scorePercent()).isEqualByComparingTo("83.33");
        assertThat(evaluated.gridVersion()).isEqualTo(v.gridVersion());
        assertThat(evaluated.recommendation()).isEqualTo("Recommandé");
        // scoring is over
        assertThatThrownBy(() -> f.as(late, () -> visits.score(new Commands.ScoreSheet(v.id(), f.sheet(v, 1), true))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.evaluationClosed"));
        // the candidate's e-mail says the evaluation is over, never the score
        assertThat(f.mailsTo(candidate.email()))
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Visite évaluée"))
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("body_text"))
                        .doesNotContain("83")
                        .doesNotContain("Recommandé"));
    }

    @Test
    void onlyAnEvaluatorOfTheVisitMayDeclareOrScore() {
        long provider = f.provider("Intrus");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        Who evaluator = f.staff(Role.COUNSELOR);
        Who notChosen = f.staff(Role.EDITOR);
        VisitView v = f.visit(f.underReview(candidate, provider, animator), animator, evaluator);
        assertThatThrownBy(() ->
                        f.as(notChosen, () -> visits.declare(new Commands.ConflictDeclaration(v.id(), false, null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        f.as(evaluator, () -> visits.score(new Commands.ScoreSheet(v.id(), f.sheet(v, 2), true))))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.messageKey()).isEqualTo("selection.error.declareFirst"));
    }
}
