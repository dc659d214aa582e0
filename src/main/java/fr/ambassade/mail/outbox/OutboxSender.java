package fr.ambassade.mail.outbox;

import fr.ambassade.mail.SecretLink;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows over SMTP, one at a time. Several nodes may run it at once: each row is claimed
 * alone with {@code FOR UPDATE SKIP LOCKED} in a short transaction that moves its {@code next_attempt_at}
 * forward by a lease and counts the attempt, so the lock is released before the SMTP conversation and the lease
 * only has to outlast the sending of one message (the SMTP timeouts). The outcome (sent, or failed with the
 * reason and the next attempt) is written in a second short transaction. Because the attempt is counted at
 * claim time, a message whose sending never finishes (it kills the process, or outlasts its lease) still uses up
 * its attempts and ends {@code FAILED}. If the process dies after the SMTP server accepted a message but before
 * that update, the lease expires and the message is sent again: the only way to get a duplicate.
 *
 * <p>An e-mail that carries a {@link SecretLink} gets its link from the issuer of its purpose just before it is
 * sent; the link is put into the MIME message only, never into the stored bodies.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private static final String UTF_8 = "UTF-8";

    static final int DEFAULT_BATCH = 20;
    static final int MAX_ATTEMPTS = 10;
    /** Longer than the SMTP timeouts of one message (10 s + 20 s + 20 s), so that a live claim is never taken by another node. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    static final String LINK_NOT_ISSUED =
            "Not sent: its link is no longer wanted (account disabled, or password already chosen)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JavaMailSender mailSender;
    private final SecretLinks links;
    private final String from;
    private final String recipientPattern;
    private final Duration lease;

    public OutboxSender(
            JdbcTemplate jdbc, TransactionTemplate tx, JavaMailSender mailSender, SecretLinks links, String from) {
        this(jdbc, tx, mailSender, links, from, null, LEASE);
    }

    /**
     * @param recipientPattern when not null, only rows whose recipient matches this SQL LIKE pattern are
     *     claimed (tests use it so as to touch only the rows they created)
     * @param lease how long a claimed row is hidden from other senders
     */
    OutboxSender(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            JavaMailSender mailSender,
            SecretLinks links,
            String from,
            String recipientPattern,
            Duration lease) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.links = links;
        this.from = from;
        this.recipientPattern = recipientPattern;
        this.lease = lease;
    }

    /** Delivers up to a batch of due e-mails; returns how many were sent. */
    public int deliverDue() {
        return deliverDue(DEFAULT_BATCH);
    }

    public int deliverDue(int limit) {
        giveUpExhausted();
        int sent = 0;
        for (int i = 0; i < limit; i++) {
            Claimed mail = claimOne();
            if (mail == null) {
                break;
            }
            if (deliver(mail)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Claimed mail) {
        String text = mail.text();
        String html = mail.html();
        if (mail.secretLink() != null) {
            // Committed before the SMTP conversation: the link works as soon as the recipient can click it.
            Optional<String> link;
            try {
                link = tx.execute(s -> links.issue(mail.secretLink()));
            } catch (RuntimeException e) {
                String reason = describe(e);
                log.warn("E-mail {}: its link could not be issued: {}", mail.id(), MailAddresses.redact(reason));
                markFailed(mail, reason, false);
                return false;
            }
            if (link == null || link.isEmpty()) {
                markFailed(mail, LINK_NOT_ISSUED, true);
                return false;
            }
            text = SecretLinks.fillText(text, link.get());
            html = SecretLinks.fillHtml(html, link.get());
        }
        String error = send(mail, text, html);
        if (error == null) {
            markSent(mail.id());
            return true;
        }
        markFailed(mail, error, false);
        return false;
    }

    /** Backoff after the given number of failed attempts: 30 s, 1 min, 2 min, … capped at 1 h. */
    static Duration backoff(int failedAttempts) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 20));
        Duration d = FIRST_RETRY.multipliedBy(1L << exponent);
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    /**
     * Rows whose attempts are used up but which are still pending: their last attempt never recorded an outcome
     * (the process died during the send, or the send outlasted the lease). They end FAILED instead of being
     * tried forever.
     */
    private void giveUpExhausted() {
        String filter = recipientPattern == null ? "" : " and recipient like ?";
        String sql = "update outbox_mail set status = 'FAILED', last_error = left('Gave up after ' || attempts "
                + "|| ' attempts; the last one did not finish (the process stopped or the send outlasted its lease)'"
                + " || coalesce('. Earlier: ' || last_error, ''), 1000) "
                + "where status = 'PENDING' and next_attempt_at <= now() and attempts >= ?" + filter;
        Object[] args =
                recipientPattern == null ? new Object[] {MAX_ATTEMPTS} : new Object[] {MAX_ATTEMPTS, recipientPattern};
        int given = tx.execute(s -> jdbc.update(sql, args));
        if (given > 0) {
            log.warn("{} e-mail(s) FAILED: their last attempts never finished", given);
        }
    }

    /** Claims the next due row alone: its lease starts now and the attempt is counted before the send. */
    private Claimed claimOne() {
        String filter = recipientPattern == null ? "" : " and recipient like ?";
        String sql = "with due as (select id from outbox_mail where status = 'PENDING' and next_attempt_at <= now() "
                + "and attempts < ?" + filter + " order by next_attempt_at limit 1 for update skip locked) "
                + "update outbox_mail o set next_attempt_at = now() + make_interval(secs => ?), attempts = o.attempts + 1 "
                + "from due where o.id = due.id returning o.id, o.recipient, o.subject, o.body_html, o.body_text, "
                + "o.attempts, o.secret_link_purpose, o.secret_link_subject";
        double leaseSeconds = lease.toMillis() / 1000.0;
        Object[] args = recipientPattern == null
                ? new Object[] {MAX_ATTEMPTS, leaseSeconds}
                : new Object[] {MAX_ATTEMPTS, recipientPattern, leaseSeconds};
        List<Claimed> claimed = tx.execute(status -> jdbc.query(
                sql,
                (rs, i) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_html"),
                        rs.getString("body_text"),
                        rs.getInt("attempts"),
                        rs.getString("secret_link_purpose") == null
                                ? null
                                : new SecretLink(
                                        rs.getString("secret_link_purpose"), rs.getLong("secret_link_subject"))),
                args));
        return claimed == null || claimed.isEmpty() ? null : claimed.get(0);
    }

    /** Returns null when the SMTP server accepted the message, else the reason of the failure. */
    private String send(Claimed mail, String textBody, String htmlBody) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), UTF_8);
            message.setContent(content(mail.id(), textBody, htmlBody));
            // Lets a receiving system recognise the (rare) duplicate after a crash.
            message.setHeader("X-Ambassade-Outbox-Id", mail.id().toString());
            mailSender.send(message);
            return null;
        } catch (MessagingException | RuntimeException e) {
            String reason = describe(e);
            // SMTP servers name the recipients in their answers: the log gets the reason without addresses;
            // the row keeps it whole for the staff who read the outbox (they see the recipient anyway).
            log.warn(
                    "E-mail {} not delivered (attempt {}): {}",
                    mail.id(),
                    mail.attempts(),
                    MailAddresses.redact(reason));
            return reason;
        }
    }

    /**
     * Without attachments, one {@code multipart/alternative} (text, then HTML). With attachments, a
     * {@code multipart/mixed} whose first part is that alternative, followed by the files. A calendar is both
     * the last alternative ({@code text/calendar; method=…}: Outlook, Gmail, Apple Mail and Thunderbird show
     * the invitation with its answer buttons) and a file {@code application/ics} (clients that only list files
     * still offer to open it). This is the shape of the invitations Google Calendar and Outlook send.
     */
    private MimeMultipart content(UUID id, String textBody, String htmlBody) throws MessagingException {
        // Text first, HTML last: clients show the last alternative they can render.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(textBody, UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(htmlBody, UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        List<Attachment> attachments = attachments(id);
        if (attachments.isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (Attachment a : attachments) {
            if (a.isCalendar()) {
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                calendar.setHeader("Content-Type", a.contentType());
                alternative.addBodyPart(calendar);
            }
            MimeBodyPart file = new MimeBodyPart();
            String type = a.isCalendar() ? "application/ics" : a.contentType();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), type)));
            file.setHeader("Content-Type", type);
            file.setFileName(a.fileName()); // RFC 2231 when not ASCII (mail.mime.encodeparameters)
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    private List<Attachment> attachments(UUID id) {
        return jdbc.query(
                "select file_name, content_type, content from outbox_mail_attachment where mail_id = ? order by position",
                (rs, i) ->
                        new Attachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")),
                id);
    }

    private record Attachment(String fileName, String contentType, byte[] content) {
        boolean isCalendar() {
            return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar");
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" ← ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage().strip());
            }
        }
        return sb.length() > 1000 ? sb.substring(0, 1000) : sb.toString();
    }

    private void markSent(UUID id) {
        tx.executeWithoutResult(status -> jdbc.update(
                "update outbox_mail set status = 'SENT', sent_at = now(), last_error = null "
                        + "where id = ? and status = 'PENDING'",
                id));
    }

    /** The attempt was counted at claim time; the row is due again after the backoff, or FAILED after the last. */
    private void markFailed(Claimed mail, String error, boolean definitive) {
        String status = definitive || mail.attempts() >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        tx.executeWithoutResult(s -> jdbc.update(
                "update outbox_mail set status = ?, last_error = ?, "
                        + "next_attempt_at = now() + make_interval(secs => ?) where id = ? and status = 'PENDING'",
                status,
                error,
                backoff(mail.attempts()).toSeconds(),
                mail.id()));
    }

    private record Claimed(
            UUID id, String recipient, String subject, String html, String text, int attempts, SecretLink secretLink) {}
}
