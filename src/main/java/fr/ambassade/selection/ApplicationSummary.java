package fr.ambassade.selection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application as other modules see it (never the evaluators' raw scores).
 *
 * @param scorePercent weighted score of its submitted evaluations (means per criterion), {@code null} before any
 */
public record ApplicationSummary(
        long id,
        ApplicationKind kind,
        ApplicationState state,
        long providerId,
        Long applicantAccountId,
        Instant submittedAt,
        Instant decidedAt,
        BigDecimal scorePercent,
        int gridVersion) {}
