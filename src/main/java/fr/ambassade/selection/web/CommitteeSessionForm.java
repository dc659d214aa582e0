package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;
import fr.ambassade.selection.domain.CommitteeSessionView;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** A committee session's date and hour (destination's zone), place, staff members and external members (one a line). */
class CommitteeSessionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime startsAt;

    @Size(max = 200)
    private String place;

    private Set<Long> members = new LinkedHashSet<>();

    @Size(max = 2000)
    private String externalMembers;

    private long version;

    static CommitteeSessionForm of(CommitteeSessionView s) {
        CommitteeSessionForm f = new CommitteeSessionForm();
        f.heldOn = s.heldOn();
        f.startsAt = s.startsAt();
        f.place = s.place();
        f.members = new LinkedHashSet<>(s.memberAccountIds());
        f.externalMembers = String.join("\n", s.externalMembers());
        f.version = s.version();
        return f;
    }

    List<String> externalNames() {
        return externalMembers == null
                ? List.of()
                : Arrays.stream(externalMembers.split("\\R"))
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .toList();
    }

    Commands.NewCommitteeSession toCommand() {
        return new Commands.NewCommitteeSession(heldOn, startsAt, place, members, externalNames());
    }

    Commands.CommitteeSessionChange toChange(long sessionId) {
        return new Commands.CommitteeSessionChange(
                sessionId, version, heldOn, startsAt, place, members, externalNames());
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Set<Long> getMembers() {
        return members;
    }

    public void setMembers(Set<Long> members) {
        this.members = members == null ? new LinkedHashSet<>() : members;
    }

    public String getExternalMembers() {
        return externalMembers;
    }

    public void setExternalMembers(String externalMembers) {
        this.externalMembers = externalMembers;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
