package fr.ambassade.mail;

import java.util.Optional;
import java.util.Set;

/**
 * Issues the secret links of e-mails at delivery time (SPI: the module that owns the link implements it;
 * one implementation per family of purposes). The mail module calls it when it builds the message for
 * the SMTP server, or when an administrator asks for a working link in the demo mode without SMTP.
 */
public interface SecretLinkIssuer {

    /** The purposes this issuer handles, e.g. {@code accounts:RESET}. */
    Set<String> purposes();

    /**
     * Issues a new link (its token stored only as a hash; older unused links of the same subject and purpose
     * stop working) in the caller's transaction, and returns the absolute URL. Empty when the link is no
     * longer wanted (the account was disabled, the password was already chosen…): the e-mail is then not sent.
     */
    Optional<String> issue(SecretLink link);
}
