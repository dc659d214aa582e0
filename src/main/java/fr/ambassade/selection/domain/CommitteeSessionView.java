package fr.ambassade.selection.domain;

import java.time.LocalDate;
import java.util.List;

/** A committee session with its members and agenda (decisions and their reasons: the minutes). */
public record CommitteeSessionView(
        long id,
        LocalDate heldOn,
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
}
