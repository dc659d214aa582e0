package fr.ambassade.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a membership's history (kept when the title ends: former ambassadors keep their history). */
@Entity
@Table(name = "membership_history")
class MembershipHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private String kind;

    @Column(name = "account_id")
    private Long accountId;

    private String reason;

    private String detail;

    protected MembershipHistoryEntry() {}

    MembershipHistoryEntry(Instant at, String kind, Long accountId, String reason, String detail) {
        this.at = at;
        this.kind = kind;
        this.accountId = accountId;
        this.reason = reason;
        this.detail = detail;
    }

    Instant at() {
        return at;
    }

    String kind() {
        return kind;
    }

    Long accountId() {
        return accountId;
    }

    String reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
