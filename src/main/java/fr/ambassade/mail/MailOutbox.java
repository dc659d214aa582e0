package fr.ambassade.mail;

import java.util.UUID;

/**
 * Queues e-mails. {@link #enqueue(OutgoingMail)} renders the HTML and text bodies in the recipient's
 * language and inserts the row in the caller's transaction (it must run inside one), so the e-mail exists
 * if and only if the change that causes it commits.
 */
public interface MailOutbox {
    UUID enqueue(OutgoingMail mail);
}
