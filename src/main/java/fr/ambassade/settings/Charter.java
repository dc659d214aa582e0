package fr.ambassade.settings;

import fr.ambassade.shared.MultilingualText;
import java.time.Instant;
import java.util.List;

/**
 * One version of the charter ambassadors sign: its commitments in order.
 *
 * @param version 1, 2, …; 0 for "no charter yet"
 */
public record Charter(int version, Instant createdAt, String createdBy, List<MultilingualText> commitments) {

    public Charter {
        commitments = List.copyOf(commitments);
    }

    public static Charter none() {
        return new Charter(0, null, null, List.of());
    }

    public boolean isEmpty() {
        return commitments.isEmpty();
    }
}
