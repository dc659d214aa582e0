package fr.ambassade.selection;

import java.time.Instant;

/**
 * A candidate (or staff on their behalf) submitted an application. Published by the selection module in the
 * submission's transaction; the membership module listens after commit so that a membership whose renewal was
 * submitted before its renewal date stays active until the decision.
 *
 * @param applicantAccountId the candidate's account, {@code null} when staff submitted on the provider's behalf
 */
public record ApplicationSubmitted(
        long applicationId, ApplicationKind kind, long providerId, Long applicantAccountId, Instant submittedAt) {}
