package fr.ambassade.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The title offered by an accepted new application, waiting for the charter signature. Not a membership yet (a
 * membership is ACTIVE, SUSPENDED, WITHDRAWN or LAPSED); signing it opens one.
 */
@Entity
@Table(name = "membership_offer")
class MembershipOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    @Column(name = "grid_version")
    private int gridVersion;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "membership_id")
    private Long membershipId;

    protected MembershipOffer() {}

    MembershipOffer(
            long providerId,
            long applicationId,
            Long applicantAccountId,
            BigDecimal scorePercent,
            int gridVersion,
            Instant offeredAt) {
        this.providerId = providerId;
        this.applicationId = applicationId;
        this.applicantAccountId = applicantAccountId;
        this.scorePercent = scorePercent;
        this.gridVersion = gridVersion;
        this.offeredAt = offeredAt;
    }

    void signed(long membershipId, Instant at) {
        if (signedAt != null) {
            throw new IllegalStateException("offer " + id + " already signed");
        }
        this.membershipId = membershipId;
        this.signedAt = at;
    }

    boolean isOpen() {
        return signedAt == null;
    }

    Long id() {
        return id;
    }

    long providerId() {
        return providerId;
    }

    long applicationId() {
        return applicationId;
    }

    Long applicantAccountId() {
        return applicantAccountId;
    }

    BigDecimal scorePercent() {
        return scorePercent;
    }

    int gridVersion() {
        return gridVersion;
    }

    Instant offeredAt() {
        return offeredAt;
    }
}
