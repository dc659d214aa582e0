package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import java.time.Instant;

/** An application on a committee's agenda; {@code decision} is null until decided. */
public record AgendaItemView(
        long applicationId,
        int position,
        ApplicationState decision,
        String reasons,
        Instant decidedAt,
        Long decidedByAccountId) {}
