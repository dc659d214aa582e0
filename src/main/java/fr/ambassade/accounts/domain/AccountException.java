package fr.ambassade.accounts.domain;

/** A refused change to an account; the message is a message key the web layer shows to the user. */
public class AccountException extends RuntimeException {

    private final transient Object[] args;

    public AccountException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
