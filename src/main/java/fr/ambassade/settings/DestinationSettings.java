package fr.ambassade.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the destination settings (the only way other modules see them). */
public interface DestinationSettings {

    /** The destination (there is exactly one per installation). */
    Destination current();

    /** The selection's rules (reapply delay, who may decline without a visit, committee for renewals, retention). */
    SelectionRules selectionRules();

    /** The brand values in display order. */
    List<BrandValue> values();

    Optional<BrandValue> value(String code);

    /** The latest grid version ({@link Grid#none()} before any is written). */
    Grid currentGrid();

    /** A given grid version; throws {@link fr.ambassade.shared.NotFoundException} if unknown. */
    Grid grid(int version);

    /** Grid version numbers, newest first. */
    List<Integer> gridVersions();

    /** The latest charter version ({@link Charter#none()} before any is written). */
    Charter currentCharter();

    /** A given charter version; throws {@link fr.ambassade.shared.NotFoundException} if unknown. */
    Charter charter(int version);

    /** Charter version numbers, newest first. */
    List<Integer> charterVersions();

    /**
     * Scores an evaluation with the destination's current pass threshold.
     *
     * @param scores criterion id → score 0..3
     */
    default GridScore score(Grid grid, Map<Long, Integer> scores) {
        return grid.score(scores, current().passThresholdPercent());
    }

    /**
     * Scores several evaluations of one visit (the mean per criterion) with the destination's current pass threshold.
     *
     * @param evaluations the submitted evaluations, each criterion id → score 0..3
     */
    default GridScore scoreAll(Grid grid, List<Map<Long, Integer>> evaluations) {
        return grid.scoreAll(evaluations, current().passThresholdPercent());
    }
}
