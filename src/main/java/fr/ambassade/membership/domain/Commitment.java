package fr.ambassade.membership.domain;

import fr.ambassade.membership.CommitmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** A yearly commitment kept (ticked by staff). */
@Embeddable
class Commitment {

    private int year;

    @Enumerated(EnumType.STRING)
    private CommitmentKind kind;

    @Column(name = "ticked_at")
    private Instant tickedAt;

    @Column(name = "ticked_by_account_id")
    private Long tickedByAccountId;

    protected Commitment() {}

    Commitment(int year, CommitmentKind kind, Instant tickedAt, Long tickedByAccountId) {
        this.year = year;
        this.kind = kind;
        this.tickedAt = tickedAt;
        this.tickedByAccountId = tickedByAccountId;
    }

    int year() {
        return year;
    }

    CommitmentKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commitment c && c.year == year && c.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, kind);
    }
}
