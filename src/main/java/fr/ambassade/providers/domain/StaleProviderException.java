package fr.ambassade.providers.domain;

/** The provider changed (staff edit or import) since the form was opened. */
public class StaleProviderException extends RuntimeException {

    private final long providerId;

    public StaleProviderException(long providerId) {
        super("Provider " + providerId + " was changed by someone else");
        this.providerId = providerId;
    }

    public long providerId() {
        return providerId;
    }
}
