package fr.ambassade.selection.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A visit as the pages (and the calendar invitation) see it.
 *
 * @param sequence how many times it changed (0 when first scheduled): the ICS {@code SEQUENCE}
 */
public record VisitView(
        long id,
        long applicationId,
        Instant startsAt,
        int durationMinutes,
        String place,
        List<Long> evaluatorAccountIds,
        int gridVersion,
        Instant cancelledAt,
        Instant evaluationClosedAt,
        int sequence,
        long version) {

    public VisitView {
        evaluatorAccountIds = List.copyOf(evaluatorAccountIds);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
