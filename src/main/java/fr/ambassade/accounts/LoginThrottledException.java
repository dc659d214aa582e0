package fr.ambassade.accounts;

import org.springframework.security.core.AuthenticationException;

/** Refuses a login attempt while the e-mail or the address is locked after repeated failures. */
class LoginThrottledException extends AuthenticationException {

    private final long minutes;

    LoginThrottledException(long minutes) {
        super("too many attempts");
        this.minutes = minutes;
    }

    long minutes() {
        return minutes;
    }
}
