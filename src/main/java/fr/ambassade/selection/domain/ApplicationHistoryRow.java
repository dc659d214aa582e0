package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of an application: who, when, why (never changed). */
@Entity
@Table(name = "application_history")
class ApplicationHistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ApplicationState toState;

    private Instant at;

    @Column(name = "by_account_id")
    private Long byAccountId;

    private String reason;

    protected ApplicationHistoryRow() {}

    ApplicationHistoryRow(ApplicationState from, ApplicationState to, Instant at, Long byAccountId, String reason) {
        this.fromState = from;
        this.toState = to;
        this.at = at;
        this.byAccountId = byAccountId;
        this.reason = reason;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(fromState, toState, at, byAccountId, reason);
    }

    void eraseReason() {
        this.reason = null;
    }
}
