package fr.ambassade.selection.domain;

import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluator's evaluation of a visit. It starts with the conflict-of-interest declaration: a declared conflict
 * removes the evaluator from the file (no scores, not counted). Otherwise the evaluator scores each criterion of the
 * visit's grid version 0–3 with an evidence note, and submits once every criterion is scored.
 */
@Entity
@Table(name = "evaluation")
class Evaluation {

    static final int EVIDENCE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id")
    private long visitId;

    @Column(name = "evaluator_account_id")
    private long evaluatorAccountId;

    @Column(name = "conflict_declared")
    private boolean conflictDeclared;

    @Column(name = "conflict_note")
    private String conflictNote;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    // batch-loaded: the spread reads the scores of every submitted evaluation of a visit
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "criterion_id")
    private Map<Long, ScoreEntry> scores = new LinkedHashMap<>();

    protected Evaluation() {}

    /** The declaration that opens an evaluation: a conflict of interest, or none. */
    Evaluation(long visitId, long evaluatorAccountId, boolean conflict, String note, Instant now) {
        this.visitId = visitId;
        this.evaluatorAccountId = evaluatorAccountId;
        this.conflictDeclared = conflict;
        this.conflictNote = note == null || note.isBlank() ? null : note.strip();
        this.declaredAt = now;
    }

    /** Saves the scores typed so far (blank ones allowed until submission; a score outside 0–3 never). */
    void saveScores(Grid grid, Map<Long, ScoreEntry> entries) {
        requireScoring();
        Map<Long, ScoreEntry> next = new LinkedHashMap<>(scores);
        for (Map.Entry<Long, ScoreEntry> e : entries.entrySet()) {
            GridCriterion c = grid.criterion(e.getKey())
                    .orElseThrow(() -> RefusedChange.of("selection.error.criterionNotInGrid", e.getKey()));
            ScoreEntry entry = e.getValue() == null ? ScoreEntry.of(null, null) : e.getValue();
            Integer s = entry.score();
            if (s != null && (s < 0 || s > Grid.MAX_SCORE)) {
                throw RefusedChange.onField(
                        field(c), "selection.error.scoreOutOfRange", c.label().get("fr"), s);
            }
            if (entry.evidence() != null && entry.evidence().length() > EVIDENCE_MAX) {
                throw RefusedChange.onField(field(c), "selection.error.tooLong", EVIDENCE_MAX);
            }
            next.put(c.id(), ScoreEntry.of(s, entry.evidence()));
        }
        this.scores = next;
    }

    /** Submits: refused while a criterion of the grid is blank (the refusal names the first one). */
    void submit(Grid grid, Instant now) {
        requireScoring();
        for (GridCriterion c : grid.criteria()) {
            ScoreEntry e = scores.get(c.id());
            if (e == null || e.score() == null) {
                throw RefusedChange.onField(
                        field(c), "selection.error.scoreBlank", c.label().get("fr"));
            }
        }
        this.submittedAt = now;
    }

    static String field(GridCriterion c) {
        return "scores[" + c.id() + "]";
    }

    private void requireScoring() {
        if (conflictDeclared) {
            throw RefusedChange.of("selection.error.conflictDeclared");
        }
        if (submittedAt != null) {
            throw RefusedChange.of("selection.error.evaluationSubmitted");
        }
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    boolean isConflictDeclared() {
        return conflictDeclared;
    }

    /** Criterion id → score of the filled criteria (what the grid's scoring takes). */
    Map<Long, Integer> scoreMap() {
        Map<Long, Integer> m = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (v.score() != null) {
                m.put(k, v.score());
            }
        });
        return m;
    }

    long getVisitId() {
        return visitId;
    }

    long getEvaluatorAccountId() {
        return evaluatorAccountId;
    }

    long getVersion() {
        return version;
    }

    EvaluationView toView() {
        return new EvaluationView(
                id,
                visitId,
                evaluatorAccountId,
                conflictDeclared,
                conflictNote,
                declaredAt,
                submittedAt,
                new LinkedHashMap<>(scores),
                version);
    }
}
