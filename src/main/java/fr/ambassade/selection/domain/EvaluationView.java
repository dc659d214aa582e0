package fr.ambassade.selection.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One evaluator's evaluation, for the evaluator and, once they submitted theirs, the others (staff only). */
public record EvaluationView(
        long id,
        long visitId,
        long evaluatorAccountId,
        boolean conflictDeclared,
        String conflictNote,
        Instant declaredAt,
        Instant submittedAt,
        Map<Long, ScoreEntry> scores,
        long version) {

    public EvaluationView {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
