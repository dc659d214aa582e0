package fr.ambassade.providers;

/**
 * A change of network status that {@link NetworkStatus#canBecome} refuses (for example a provider that becomes an
 * ambassador without having been a candidate). An {@link IllegalStateException}: the public API answers 409.
 */
public class NetworkStatusChangeRefusedException extends IllegalStateException {

    /** The message key of the refusal, with the two statuses as arguments. */
    public static final String MESSAGE_KEY = "providers.error.networkStatus";

    private final NetworkStatus from;
    private final NetworkStatus to;

    public NetworkStatusChangeRefusedException(NetworkStatus from, NetworkStatus to) {
        super("A provider " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public NetworkStatus from() {
        return from;
    }

    public NetworkStatus to() {
        return to;
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
