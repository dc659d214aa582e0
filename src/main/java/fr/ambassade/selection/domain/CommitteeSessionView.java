package fr.ambassade.selection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A committee session with its members and agenda (decisions and their reasons: the minutes). */
public record CommitteeSessionView(
        long id,
        LocalDate heldOn,
        LocalTime startsAt,
        String place,
        List<Long> memberAccountIds,
        List<String> externalMembers,
        List<AgendaItemView> agenda,
        long version) {

    public CommitteeSessionView {
        memberAccountIds = List.copyOf(memberAccountIds);
        externalMembers = List.copyOf(externalMembers);
        agenda = List.copyOf(agenda);
    }

    /** When it starts in the zone (the start of the day for a session without an hour). */
    public Instant heldAt(ZoneId zone) {
        return startsAt == null
                ? heldOn.atStartOfDay(zone).toInstant()
                : heldOn.atTime(startsAt).atZone(zone).toInstant();
    }

    /** Held: its date is before {@code today} (a session of today is still coming). */
    public boolean heldBefore(LocalDate today) {
        return heldOn.isBefore(today);
    }

    /** Whether a decision was recorded on every item of a non-empty agenda. */
    public boolean allDecided() {
        return !agenda.isEmpty() && agenda.stream().allMatch(i -> i.decision() != null);
    }

    public java.util.Optional<AgendaItemView> item(long applicationId) {
        return agenda.stream().filter(i -> i.applicationId() == applicationId).findFirst();
    }
}
