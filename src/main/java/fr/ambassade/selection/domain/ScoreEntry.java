package fr.ambassade.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion's score (0–3, {@code null} while blank) and the evidence the evaluator noted.
 */
@Embeddable
public record ScoreEntry(
        @Column(name = "score") Integer score,
        @Column(name = "evidence") String evidence) {

    public static ScoreEntry of(Integer score, String evidence) {
        return new ScoreEntry(score, evidence == null || evidence.isBlank() ? null : evidence.strip());
    }
}
