package fr.ambassade.mail;

import java.util.UUID;

/**
 * Queues e-mails. {@link #enqueue(OutgoingMail)} renders the HTML and text bodies in the recipient's
 * language and inserts the row in the caller's transaction (it must run inside one), so the e-mail exists
 * if and only if the change that causes it commits. An e-mail that carries a secret link
 * ({@link OutgoingMail#withSecretLink}) is stored with a placeholder; the link is issued when it is delivered.
 */
public interface MailOutbox {
    UUID enqueue(OutgoingMail mail);
}
