package fr.ambassade.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A membership as other modules see it (the dashboard).
 *
 * @param scorePercent weighted score (0–100) of the evaluation behind the title or its last renewal, {@code null}
 *     when none was recorded
 * @param charterVersionSigned the latest charter version the ambassador signed, 0 when none
 */
public record MembershipSummary(
        long id,
        long providerId,
        MembershipStatus status,
        LocalDate startDate,
        LocalDate nextRenewalDate,
        BigDecimal scorePercent,
        int gridVersion,
        int charterVersionSigned,
        boolean renewalInProgress) {}
