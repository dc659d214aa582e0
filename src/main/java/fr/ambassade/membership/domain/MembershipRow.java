package fr.ambassade.membership.domain;

import fr.ambassade.membership.CommitmentKind;
import fr.ambassade.membership.MembershipStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A line of the staff's memberships list.
 *
 * @param charterVersionSigned the latest charter version signed (0: none)
 * @param signedCurrentCharter whether the charter version in force is signed (true when there is no charter)
 * @param commitmentsThisYear the yearly commitments ticked for the current year
 */
public record MembershipRow(
        long id,
        long providerId,
        String providerName,
        String communeName,
        MembershipStatus status,
        LocalDate startDate,
        LocalDate nextRenewalDate,
        BigDecimal scorePercent,
        int charterVersionSigned,
        boolean signedCurrentCharter,
        Set<CommitmentKind> commitmentsThisYear,
        boolean renewalInProgress) {}
