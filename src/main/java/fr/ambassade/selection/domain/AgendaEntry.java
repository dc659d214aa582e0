package fr.ambassade.selection.domain;

import fr.ambassade.settings.CriterionSpread;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.settings.GridScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * An application of a committee's agenda as the committee prepares and decides it (staff only: it carries the score
 * and the recommendation).
 *
 * @param grid the grid version of its closed evaluation ({@code null} when none)
 * @param score the score of the submitted evaluations, means per criterion ({@code null} when none)
 * @param spread min, max and mean per criterion between the evaluators
 */
public record AgendaEntry(
        AgendaItemView item,
        ApplicationView application,
        String establishment,
        String commune,
        Grid grid,
        GridScore score,
        List<CriterionSpread> spread) {

    public AgendaEntry {
        spread = List.copyOf(spread);
    }

    /** The mandatory criteria of the grid (their mean must reach {@link Grid#MANDATORY_MINIMUM}). */
    public List<GridCriterion> mandatory() {
        return grid == null
                ? List.of()
                : grid.criteria().stream().filter(GridCriterion::mandatory).toList();
    }

    /** The mean of a criterion (0 when nobody scored it). */
    public BigDecimal mean(GridCriterion criterion) {
        return score == null ? BigDecimal.ZERO : score.means().getOrDefault(criterion.id(), BigDecimal.ZERO);
    }

    public boolean failed(GridCriterion criterion) {
        return score != null && score.failedMandatory().contains(criterion);
    }

    public boolean decided() {
        return item.decision() != null;
    }
}
