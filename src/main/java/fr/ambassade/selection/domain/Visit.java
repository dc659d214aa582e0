package fr.ambassade.selection.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A visit of the establishment for an application: when, how long, where, and the staff who evaluate it (chosen per
 * visit, of any role). {@code sequence} counts its changes, for the calendar invitation's updates.
 */
@Entity
@Table(name = "visit")
class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    private String place;

    @Column(name = "grid_version")
    private int gridVersion;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "evaluation_closed_at")
    private Instant evaluationClosedAt;

    private int sequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    // batch-loaded: the file reads the evaluators of every visit of an application (one query, not one a visit)
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "visit_evaluator", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "account_id")
    private Set<Long> evaluators = new LinkedHashSet<>();

    protected Visit() {}

    Visit(
            long applicationId,
            Instant startsAt,
            int durationMinutes,
            String place,
            Collection<Long> evaluators,
            int gridVersion,
            Instant now) {
        this.applicationId = applicationId;
        this.createdAt = now;
        set(startsAt, durationMinutes, place, evaluators, gridVersion);
    }

    private void set(Instant startsAt, int durationMinutes, String place, Collection<Long> evaluators, int grid) {
        if (startsAt == null) {
            throw RefusedChange.onField("startsAt", "selection.error.visitStartRequired");
        }
        if (durationMinutes < 5 || durationMinutes > 1440) {
            throw RefusedChange.onField("durationMinutes", "selection.error.visitDuration");
        }
        if (place == null || place.isBlank()) {
            throw RefusedChange.onField("place", "selection.error.visitPlaceRequired");
        }
        if (evaluators == null || evaluators.isEmpty()) {
            throw RefusedChange.onField("evaluators", "selection.error.evaluatorsRequired");
        }
        if (grid <= 0) {
            throw RefusedChange.of("selection.error.noGrid");
        }
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place.strip();
        this.evaluators = new LinkedHashSet<>(evaluators);
        this.gridVersion = grid;
    }

    /** A new date, place or set of evaluators; the grid follows the version in force unless scoring has begun. */
    void reschedule(Instant startsAt, int durationMinutes, String place, Collection<Long> evaluators, int gridVersion) {
        requireOpen();
        set(startsAt, durationMinutes, place, evaluators, gridVersion);
        sequence++;
    }

    void cancel(String reason, Instant now) {
        requireOpen();
        this.cancelledAt = now;
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        sequence++;
    }

    void closeEvaluation(Instant now) {
        requireOpen();
        this.evaluationClosedAt = now;
    }

    private void requireOpen() {
        if (cancelledAt != null) {
            throw RefusedChange.of("selection.error.visitCancelled");
        }
        if (evaluationClosedAt != null) {
            throw RefusedChange.of("selection.error.evaluationClosed");
        }
    }

    boolean isOpen() {
        return cancelledAt == null && evaluationClosedAt == null;
    }

    boolean isEvaluator(long accountId) {
        return evaluators.contains(accountId);
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    String getPlace() {
        return place;
    }

    int getGridVersion() {
        return gridVersion;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    Instant getEvaluationClosedAt() {
        return evaluationClosedAt;
    }

    int getSequence() {
        return sequence;
    }

    long getVersion() {
        return version;
    }

    Set<Long> getEvaluators() {
        return Set.copyOf(evaluators);
    }

    VisitView toView() {
        return new VisitView(
                id,
                applicationId,
                startsAt,
                durationMinutes,
                place,
                evaluators.stream().sorted().toList(),
                gridVersion,
                cancelledAt,
                evaluationClosedAt,
                sequence,
                version);
    }
}
