package fr.ambassade.providers;

import fr.ambassade.shared.RefusedChange;

/**
 * A change of network status that {@link NetworkStatus#canBecome} refuses (for example a provider that becomes an
 * ambassador without having been a candidate): a {@link RefusedChange} of the whole change (a page shows it as a
 * message, the public API answers 409), with the two statuses as arguments.
 */
public class NetworkStatusChangeRefusedException extends RefusedChange {

    /** The message key of the refusal, with the two statuses as arguments. */
    public static final String MESSAGE_KEY = "providers.error.networkStatus";

    private final NetworkStatus from;
    private final NetworkStatus to;

    public NetworkStatusChangeRefusedException(NetworkStatus from, NetworkStatus to) {
        super(null, MESSAGE_KEY, from, to);
        this.from = from;
        this.to = to;
    }

    public NetworkStatus from() {
        return from;
    }

    public NetworkStatus to() {
        return to;
    }
}
