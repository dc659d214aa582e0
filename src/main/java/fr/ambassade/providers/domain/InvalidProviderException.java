package fr.ambassade.providers.domain;

/** A provider invariant was violated; the message is a message key (providers.error.*). */
public class InvalidProviderException extends RuntimeException {

    public InvalidProviderException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
