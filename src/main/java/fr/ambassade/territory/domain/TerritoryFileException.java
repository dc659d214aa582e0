package fr.ambassade.territory.domain;

/**
 * A territory file that cannot be used; carries a message key of the territory bundle and its arguments
 * so the web layer can name the reason in the user's language.
 */
public class TerritoryFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TerritoryFileException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
