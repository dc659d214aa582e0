package fr.ambassade.membership;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The membership module's facade for other modules (the dashboard). */
public interface Memberships {

    /**
     * Where the ambassador renewal starts in the provider space (this module's page; the application itself is the
     * selection module's).
     */
    String RENEWAL_START_PATH = "/espace/renouvellement";

    /** Memberships that hold the title (ACTIVE and SUSPENDED), oldest first. */
    List<MembershipSummary> live();

    /** The provider's live membership (ACTIVE or SUSPENDED), if any. */
    Optional<MembershipSummary> liveOf(long providerId);

    /** How many memberships are in each status (every status present, 0 when none). */
    Map<MembershipStatus, Long> counts();

    /** Accepted applications whose charter is not signed yet. */
    long awaitingSignature();
}
