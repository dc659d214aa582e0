package fr.ambassade.mail.outbox;

/** PENDING until the SMTP server accepts the e-mail (SENT) or the last attempt fails (FAILED). */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
