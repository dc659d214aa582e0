package fr.ambassade.selection.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A candidate's request to be matched with an establishment of the directory: access to it is granted only when
 * staff confirm (the candidate might not be its manager). One pending request per application.
 */
@Entity
@Table(name = "application_match_request")
class MatchRequest {

    enum State {
        PENDING,
        CONFIRMED,
        REFUSED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "requested_by_account_id")
    private long requestedByAccountId;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "decided_by_account_id")
    private Long decidedByAccountId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MatchRequest() {}

    MatchRequest(long applicationId, long providerId, long requestedBy, Instant now) {
        this.applicationId = applicationId;
        this.providerId = providerId;
        this.requestedByAccountId = requestedBy;
        this.requestedAt = now;
        this.state = State.PENDING;
    }

    void confirm(Long by, Instant now) {
        decide(State.CONFIRMED, by, now);
    }

    void refuse(Long by, Instant now) {
        decide(State.REFUSED, by, now);
    }

    /** The candidate chose another establishment (or created one) meanwhile. */
    void cancel(Long by, Instant now) {
        decide(State.CANCELLED, by, now);
    }

    private void decide(State to, Long by, Instant now) {
        if (state != State.PENDING) {
            throw RefusedChange.of("selection.match.error.decided");
        }
        this.state = to;
        this.decidedByAccountId = by;
        this.decidedAt = now;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getProviderId() {
        return providerId;
    }

    long getRequestedByAccountId() {
        return requestedByAccountId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    State getState() {
        return state;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
