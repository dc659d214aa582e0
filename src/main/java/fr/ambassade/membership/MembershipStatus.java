package fr.ambassade.membership;

import fr.ambassade.providers.NetworkStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a membership stands (../PRODUCT.md §3), and the network status it gives its provider:
 *
 * <pre>
 * ACTIVE ──suspend──▶ SUSPENDED ──reinstate──▶ ACTIVE
 * ACTIVE, SUSPENDED ──withdraw──▶ WITHDRAWN      (the director, with a reason)
 * ACTIVE ──renewal date passed, no renewal in progress──▶ LAPSED
 * </pre>
 *
 * ACTIVE and SUSPENDED give {@link NetworkStatus#AMBASSADOR} (a suspended ambassador is hidden from the public site and
 * API); WITHDRAWN and LAPSED give {@link NetworkStatus#FORMER}. WITHDRAWN and LAPSED are final: a former ambassador
 * applies again and gets a new membership.
 */
public enum MembershipStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN,
    LAPSED;

    /** Statuses that hold the title (one at most per provider). */
    public static final Set<MembershipStatus> LIVE = EnumSet.of(ACTIVE, SUSPENDED);

    public boolean isLive() {
        return LIVE.contains(this);
    }

    /** Whether the public site and API show the ambassador. */
    public boolean isPublic() {
        return this == ACTIVE;
    }

    public NetworkStatus networkStatus() {
        return isLive() ? NetworkStatus.AMBASSADOR : NetworkStatus.FORMER;
    }

    public boolean canBecome(MembershipStatus to) {
        return switch (this) {
            case ACTIVE -> to == SUSPENDED || to == WITHDRAWN || to == LAPSED;
            case SUSPENDED -> to == ACTIVE || to == WITHDRAWN;
            case WITHDRAWN, LAPSED -> false;
        };
    }
}
