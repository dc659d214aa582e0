package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;
import fr.ambassade.selection.domain.EvaluationView;
import fr.ambassade.selection.domain.ScoreEntry;
import fr.ambassade.settings.GridCriterion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluator's sheet: per criterion id a score 0–3 ({@code scores[<id>]}, the field a refusal names) and an
 * evidence note ({@code evidence[<id>]}). {@code action}: {@code draft} saves, {@code submit} submits.
 */
public class ScoreForm {

    private Map<Long, Integer> scores = new LinkedHashMap<>();
    private Map<Long, String> evidence = new LinkedHashMap<>();
    private String action;

    /** One entry per criterion of the grid (blank), filled with what the evaluator saved. */
    static ScoreForm of(List<GridCriterion> criteria, EvaluationView saved) {
        ScoreForm f = new ScoreForm();
        for (GridCriterion c : criteria) {
            ScoreEntry e = saved == null ? null : saved.scores().get(c.id());
            f.scores.put(c.id(), e == null ? null : e.score());
            f.evidence.put(c.id(), e == null ? null : e.evidence());
        }
        return f;
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    Commands.ScoreSheet toCommand(long visitId, List<GridCriterion> criteria) {
        Map<Long, ScoreEntry> sheet = new LinkedHashMap<>();
        for (GridCriterion c : criteria) {
            sheet.put(c.id(), ScoreEntry.of(scores.get(c.id()), evidence.get(c.id())));
        }
        return new Commands.ScoreSheet(visitId, sheet, submitting());
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Long, Integer> scores) {
        this.scores = scores;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public void setEvidence(Map<Long, String> evidence) {
        this.evidence = evidence;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
