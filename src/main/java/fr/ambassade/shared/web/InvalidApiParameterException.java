package fr.ambassade.shared.web;

/**
 * A query parameter of the public API that cannot be used (answers 400 problem+json, its detail translated from
 * {@code messageKey} with the parameter's name and value as arguments {0} and {1}).
 */
public class InvalidApiParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String messageKey;

    public InvalidApiParameterException(String parameter, String value, String messageKey) {
        super(parameter + "=" + value + " (" + messageKey + ")");
        this.parameter = parameter;
        this.value = value;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String messageKey() {
        return messageKey;
    }
}
