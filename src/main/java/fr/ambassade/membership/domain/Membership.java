package fr.ambassade.membership.domain;

import fr.ambassade.membership.CommitmentKind;
import fr.ambassade.membership.MembershipChangeRefusedException;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A provider's ambassador title. It opens ACTIVE when the charter is signed; its status changes only through the
 * methods below, which refuse what {@link MembershipStatus#canBecome} forbids; every change is written in its
 * history.
 */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "next_renewal_date")
    private LocalDate nextRenewalDate;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    @Column(name = "grid_version")
    private int gridVersion;

    @Column(name = "renewal_application_id")
    private Long renewalApplicationId;

    @Column(name = "renewal_submitted_on")
    private LocalDate renewalSubmittedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "membership_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<MembershipHistoryEntry> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "membership_id", nullable = false, updatable = false)
    @OrderBy("charterVersion")
    private List<CharterSignature> signatures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "membership_commitment", joinColumns = @JoinColumn(name = "membership_id"))
    private Set<Commitment> commitments = new HashSet<>();

    protected Membership() {}

    /**
     * Opens the title on the charter signature: ACTIVE from {@code startDate}, renewed {@code renewalMonths} later.
     */
    static Membership open(
            long providerId,
            Long applicationId,
            LocalDate startDate,
            int renewalMonths,
            BigDecimal scorePercent,
            int gridVersion,
            CharterSignature signature,
            Instant at) {
        if (renewalMonths <= 0) {
            throw new IllegalArgumentException("renewal period must be positive: " + renewalMonths);
        }
        Membership m = new Membership();
        m.providerId = providerId;
        m.applicationId = applicationId;
        m.status = MembershipStatus.ACTIVE;
        m.startDate = Objects.requireNonNull(startDate);
        m.nextRenewalDate = startDate.plusMonths(renewalMonths);
        m.scorePercent = scorePercent;
        m.gridVersion = gridVersion;
        m.createdAt = at;
        m.updatedAt = at;
        m.signatures.add(signature);
        m.record(at, "OPENED", signature.signerAccountId(), null, "charter v" + signature.charterVersion());
        return m;
    }

    void markDemo() {
        this.demo = true;
    }

    // ------------------------------------------------------------------ status changes

    void suspend(String reason, Long by, Instant at) {
        move(MembershipStatus.SUSPENDED, requireReason(reason), by, at);
    }

    void reinstate(String reason, Long by, Instant at) {
        move(MembershipStatus.ACTIVE, requireReason(reason), by, at);
    }

    void withdraw(String reason, Long by, Instant at, LocalDate today) {
        move(MembershipStatus.WITHDRAWN, requireReason(reason), by, at);
        endedOn = today;
    }

    /**
     * Marks the title LAPSED when its renewal date has passed and no renewal submitted in time is waiting for its
     * decision ({@link #isDueToLapse}).
     */
    void lapse(LocalDate today, Instant at, String reason) {
        if (!isDueToLapse(today)) {
            throw new MembershipChangeRefusedException(status, MembershipStatus.LAPSED);
        }
        move(MembershipStatus.LAPSED, reason, null, at);
        endedOn = today;
    }

    /**
     * Whether the title lapses today: ACTIVE, its renewal date passed, and no renewal submitted on or before that date
     * is waiting for its decision.
     */
    boolean isDueToLapse(LocalDate today) {
        return status == MembershipStatus.ACTIVE && today.isAfter(nextRenewalDate) && !renewalKeepsItActive();
    }

    private boolean renewalKeepsItActive() {
        return renewalApplicationId != null
                && renewalSubmittedOn != null
                && !renewalSubmittedOn.isAfter(nextRenewalDate);
    }

    private void move(MembershipStatus to, String reason, Long by, Instant at) {
        if (!status.canBecome(to)) {
            throw new MembershipChangeRefusedException(status, to);
        }
        MembershipStatus from = status;
        status = to;
        updatedAt = at;
        record(at, to.name(), by, reason, from + " → " + to);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RefusedChange.onField("reason", "membership.error.reason");
        }
        return reason.strip();
    }

    // ------------------------------------------------------------------ renewals

    /** A renewal application was submitted: the title stays active past its date until the decision. */
    void renewalSubmitted(long renewalApplicationId, LocalDate on, Instant at, Long by) {
        if (Objects.equals(this.renewalApplicationId, renewalApplicationId)) {
            return; // delivered again
        }
        this.renewalApplicationId = renewalApplicationId;
        this.renewalSubmittedOn = on;
        updatedAt = at;
        record(at, "RENEWAL_SUBMITTED", by, null, "application " + renewalApplicationId);
    }

    /**
     * The renewal was accepted: the next renewal date moves on by the renewal period from the date it replaces (a
     * renewal decided late does not shorten the next period), and the score is the new evaluation's.
     */
    void renewalAccepted(
            long renewalApplicationId,
            BigDecimal scorePercent,
            int gridVersion,
            int renewalMonths,
            Instant at,
            Long by) {
        LocalDate before = nextRenewalDate;
        nextRenewalDate = nextRenewalDate.plusMonths(renewalMonths);
        if (scorePercent != null) {
            this.scorePercent = scorePercent;
            this.gridVersion = gridVersion;
        }
        this.renewalApplicationId = null;
        this.renewalSubmittedOn = null;
        updatedAt = at;
        record(
                at,
                "RENEWED",
                by,
                null,
                "application " + renewalApplicationId + ": " + before + " → " + nextRenewalDate);
    }

    /**
     * The renewal was declined: the title is not renewed. It lapses at its renewal date (at once if that date has
     * passed) — a declined renewal is not a sanction, which is the director's WITHDRAWN.
     *
     * @return true when the title lapsed now
     */
    boolean renewalDeclined(long renewalApplicationId, LocalDate today, Instant at, Long by) {
        this.renewalApplicationId = null;
        this.renewalSubmittedOn = null;
        updatedAt = at;
        record(at, "RENEWAL_DECLINED", by, null, "application " + renewalApplicationId);
        if (isDueToLapse(today)) {
            lapse(today, at, "renewal declined");
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ charter and commitments

    void sign(CharterSignature signature, Instant at) {
        if (hasSigned(signature.charterVersion())) {
            throw RefusedChange.of("membership.error.alreadySigned", signature.charterVersion());
        }
        if (!status.isLive()) {
            throw RefusedChange.of("membership.error.notLive", status);
        }
        signatures.add(signature);
        updatedAt = at;
        record(at, "CHARTER_SIGNED", signature.signerAccountId(), null, "charter v" + signature.charterVersion());
    }

    boolean hasSigned(int charterVersion) {
        return signatures.stream().anyMatch(s -> s.charterVersion() == charterVersion);
    }

    int latestCharterVersionSigned() {
        return signatures.stream()
                .mapToInt(CharterSignature::charterVersion)
                .max()
                .orElse(0);
    }

    /** Sets the commitments kept in {@code year} (the others of that year are unticked). */
    void commitments(int year, Set<CommitmentKind> kept, Long by, Instant at) {
        Set<CommitmentKind> before = commitmentsOf(year);
        if (before.equals(kept)) {
            return;
        }
        commitments.removeIf(c -> c.year() == year && !kept.contains(c.kind()));
        for (CommitmentKind kind : kept) {
            if (!before.contains(kind)) {
                commitments.add(new Commitment(year, kind, at, by));
            }
        }
        updatedAt = at;
        record(at, "COMMITMENTS", by, null, year + ": " + before + " → " + EnumSet.copyOf(withNone(kept)));
    }

    private static Set<CommitmentKind> withNone(Set<CommitmentKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(CommitmentKind.class) : kinds;
    }

    Set<CommitmentKind> commitmentsOf(int year) {
        Set<CommitmentKind> out = EnumSet.noneOf(CommitmentKind.class);
        commitments.stream().filter(c -> c.year() == year).forEach(c -> out.add(c.kind()));
        return out;
    }

    private void record(Instant at, String kind, Long by, String reason, String detail) {
        history.add(new MembershipHistoryEntry(at, kind, by, reason, detail));
    }

    // ------------------------------------------------------------------ reads

    Long id() {
        return id;
    }

    long providerId() {
        return providerId;
    }

    Long applicationId() {
        return applicationId;
    }

    MembershipStatus status() {
        return status;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate nextRenewalDate() {
        return nextRenewalDate;
    }

    BigDecimal scorePercent() {
        return scorePercent;
    }

    int gridVersion() {
        return gridVersion;
    }

    Long renewalApplicationId() {
        return renewalApplicationId;
    }

    boolean renewalInProgress() {
        return renewalApplicationId != null;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    long version() {
        return version;
    }

    boolean demo() {
        return demo;
    }

    List<MembershipHistoryEntry> history() {
        return history.stream()
                .sorted(Comparator.comparing(MembershipHistoryEntry::at))
                .toList();
    }

    List<CharterSignature> signatures() {
        return List.copyOf(signatures);
    }
}
