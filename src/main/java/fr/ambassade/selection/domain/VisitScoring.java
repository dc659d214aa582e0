package fr.ambassade.selection.domain;

import fr.ambassade.settings.CriterionSpread;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridScore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The score of a visit: the grid version of the visit applied to its <em>submitted</em> evaluations (a declared
 * conflict never counts), combined by the mean per criterion ({@link Grid#scoreAll}).
 */
@Component
class VisitScoring {

    private final EvaluationRepository evaluations;
    private final VisitRepository visits;
    private final DestinationSettings settings;

    VisitScoring(EvaluationRepository evaluations, VisitRepository visits, DestinationSettings settings) {
        this.evaluations = evaluations;
        this.visits = visits;
        this.settings = settings;
    }

    List<Map<Long, Integer>> submittedScores(long visitId) {
        return evaluations.findByVisitIdOrderById(visitId).stream()
                .filter(e -> !e.isConflictDeclared() && e.isSubmitted())
                .map(Evaluation::scoreMap)
                .toList();
    }

    GridScore score(Visit visit) {
        Grid grid = settings.grid(visit.getGridVersion());
        return settings.scoreAll(grid, submittedScores(visit.getId()));
    }

    List<CriterionSpread> spread(Visit visit) {
        return settings.grid(visit.getGridVersion()).spread(submittedScores(visit.getId()));
    }

    /** Whether the latest closed evaluation of the application passed. */
    boolean lastEvaluationPassed(Application a) {
        return visits.findByApplicationIdOrderByIdDesc(a.getId()).stream()
                .filter(v -> v.getEvaluationClosedAt() != null)
                .findFirst()
                .map(v -> score(v).passed())
                .orElse(false);
    }
}
