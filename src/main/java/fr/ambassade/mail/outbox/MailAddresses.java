package fr.ambassade.mail.outbox;

import java.util.regex.Pattern;

/** Keeps e-mail addresses out of the log: SMTP servers name the recipients in their error texts. */
final class MailAddresses {

    static final String REDACTED = "<address>";

    private static final Pattern ADDRESS =
            Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*");

    private MailAddresses() {}

    static String redact(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll(REDACTED);
    }
}
