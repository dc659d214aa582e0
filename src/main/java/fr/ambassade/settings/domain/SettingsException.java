package fr.ambassade.settings.domain;

/**
 * A refused settings change. {@code field} names the form field it concerns (null: the whole form) and
 * {@code messageKey}/{@code args} the message shown beside it.
 */
public class SettingsException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public SettingsException(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
