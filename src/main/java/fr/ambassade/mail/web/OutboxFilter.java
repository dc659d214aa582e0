package fr.ambassade.mail.web;

/** What the outbox list filters on, as the filter form shows it (layout/forms pieces bind a form object). */
public class OutboxFilter {

    private final String status;
    private final String recipient;

    OutboxFilter(String status, String recipient) {
        this.status = status;
        this.recipient = recipient;
    }

    /** The status name, or "" (all). */
    public String getStatus() {
        return status;
    }

    /** The searched address part, or "". */
    public String getRecipient() {
        return recipient;
    }
}
