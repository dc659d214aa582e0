package fr.ambassade.providers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a provider stands in the ambassadors network, changed by the selection and membership processes along these
 * ways only ({@link #canBecome}):
 *
 * <pre>
 * NONE ──applies──▶ CANDIDATE ──accepted──▶ AMBASSADOR ──withdrawn, lapsed──▶ FORMER
 *                   CANDIDATE ──declined, withdrawn──▶ NONE (or FORMER for a former ambassador who applied again)
 * FORMER ──applies again──▶ CANDIDATE
 * </pre>
 *
 * A provider never becomes an ambassador without being a candidate first, and nobody becomes "former" without having
 * been an ambassador (or a candidate who was one: the selection module knows the history and chooses).
 */
public enum NetworkStatus {
    NONE,
    CANDIDATE,
    AMBASSADOR,
    FORMER;

    /** Whether a provider of this status may take the other one (a status never "becomes" itself). */
    public boolean canBecome(NetworkStatus to) {
        return next().contains(to);
    }

    private Set<NetworkStatus> next() {
        return switch (this) {
            case NONE, FORMER -> EnumSet.of(CANDIDATE);
            case CANDIDATE -> EnumSet.of(AMBASSADOR, NONE, FORMER);
            case AMBASSADOR -> EnumSet.of(FORMER);
        };
    }
}
