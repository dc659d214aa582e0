package fr.ambassade.selection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application was decided: accepted, declined or deferred (by a committee, or declined outside a committee by the
 * director). Published by the selection module in the decision's transaction; the membership module listens after
 * commit (an accepted new application opens a membership awaiting the charter signature; an accepted renewal extends
 * the membership; a declined renewal ends it).
 *
 * @param applicationId the application
 * @param kind a new application or a renewal
 * @param decision {@link ApplicationState#ACCEPTED}, {@link ApplicationState#DECLINED} or {@link ApplicationState#DEFERRED}
 * @param providerId the establishment (a survivor after merges)
 * @param applicantAccountId the candidate's account, {@code null} when staff applied on the provider's behalf
 * @param scorePercent weighted score of the evaluation behind the decision (0–100, two decimals), {@code null} when
 *     none (a decline without a visit)
 * @param gridVersion the grid version that was scored, 0 when none
 * @param decidedAt when the decision was recorded
 * @param byAccountId the staff member who recorded it
 */
public record ApplicationDecided(
        long applicationId,
        ApplicationKind kind,
        ApplicationState decision,
        long providerId,
        Long applicantAccountId,
        BigDecimal scorePercent,
        int gridVersion,
        Instant decidedAt,
        Long byAccountId) {}
