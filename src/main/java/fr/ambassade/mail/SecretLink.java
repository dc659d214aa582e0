package fr.ambassade.mail;

import java.util.Objects;

/**
 * A secret link (password reset, invitation, later verification or signature links) that an e-mail carries.
 * The outbox never stores the link itself: the templates render {@link #PLACEHOLDER} where the {@code link}
 * variable is used, the row keeps this request, and the sender asks the {@link SecretLinkIssuer} of the
 * purpose for a fresh link only when it builds the message for the SMTP server. Staff reading the outbox
 * see a redacted text instead.
 *
 * @param purpose names the issuer and the kind of link, e.g. {@code accounts:RESET}
 * @param subjectId what the link is for in the issuer's terms (an account id, an application id…)
 */
public record SecretLink(String purpose, long subjectId) {

    /** What the templates' {@code link} variable holds while the e-mail waits in the outbox. */
    public static final String PLACEHOLDER = "%%AMBASSADE-SECRET-LINK%%";

    /** The template variable that holds the link. */
    public static final String MODEL_KEY = "link";

    public SecretLink {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isBlank() || purpose.length() > 64) {
            throw new IllegalArgumentException("purpose must be 1 to 64 characters: " + purpose);
        }
    }
}
