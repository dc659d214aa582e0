package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A committee session: its date, members (staff accounts and external members by name) and agenda. */
@Entity
@Table(name = "committee_session")
class CommitteeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String place;

    /** The hour it starts, in the destination's zone (null for a session created without one). */
    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "account_id")
    private Set<Long> members = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "committee_external_member", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> externalMembers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected CommitteeSession() {}

    CommitteeSession(
            LocalDate heldOn,
            LocalTime startsAt,
            String place,
            Collection<Long> members,
            Collection<String> externals,
            Instant now) {
        change(heldOn, startsAt, place, members, externals);
        this.createdAt = now;
    }

    /** Changes the date, hour, place and members; the agenda and its decisions stay. */
    void change(
            LocalDate heldOn,
            LocalTime startsAt,
            String place,
            Collection<Long> members,
            Collection<String> externals) {
        List<String> names = externals == null
                ? List.of()
                : externals.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (heldOn == null) {
            throw RefusedChange.onField("heldOn", "selection.error.sessionDateRequired");
        }
        if ((members == null || members.isEmpty()) && names.isEmpty()) {
            throw RefusedChange.onField("members", "selection.error.membersRequired");
        }
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.members = new LinkedHashSet<>(members == null ? List.of() : members);
        this.externalMembers = new ArrayList<>(names);
    }

    void add(long applicationId) {
        if (item(applicationId).isPresent()) {
            throw RefusedChange.of("selection.error.alreadyOnAgenda");
        }
        agenda.add(new AgendaItem(applicationId, agenda.size() + 1));
    }

    void remove(long applicationId) {
        AgendaItem item = item(applicationId).orElseThrow(() -> RefusedChange.of("selection.error.notOnAgenda"));
        if (item.isDecided()) {
            throw RefusedChange.of("selection.error.alreadyDecided");
        }
        agenda.remove(item);
    }

    /** Records the decision on an application of the agenda; any other application is refused. */
    void decide(long applicationId, ApplicationState decision, String reasons, Long by, Instant now) {
        AgendaItem item = item(applicationId).orElseThrow(() -> RefusedChange.of("selection.error.notOnAgenda"));
        item.decide(decision, reasons, by, now);
    }

    Optional<AgendaItem> item(long applicationId) {
        return agenda.stream()
                .filter(i -> i.getApplicationId() == applicationId)
                .findFirst();
    }

    Long getId() {
        return id;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    long getVersion() {
        return version;
    }

    CommitteeSessionView toView() {
        return new CommitteeSessionView(
                id,
                heldOn,
                startsAt,
                place,
                members.stream().sorted().toList(),
                List.copyOf(externalMembers),
                agenda.stream().map(AgendaItem::toView).toList(),
                version);
    }
}
