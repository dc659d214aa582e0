package fr.ambassade.mail.outbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows over SMTP. Several nodes may run it at once: a row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in a short transaction that only moves its {@code next_attempt_at} forward
 * by a lease, so the lock is released before the SMTP conversation. The outcome (sent, or failed with the
 * reason and the next attempt) is written in a second short transaction. If the process dies after the SMTP
 * server accepted a message but before that update, the lease expires and the message is sent again: the
 * only way to get a duplicate.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private static final String UTF_8 = "UTF-8";

    static final int DEFAULT_BATCH = 20;
    static final int MAX_ATTEMPTS = 10;
    /** Longer than the SMTP timeouts of a whole batch, so that a live claim is never taken by another node. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JavaMailSender mailSender;
    private final String from;
    private final String recipientPattern;

    public OutboxSender(JdbcTemplate jdbc, TransactionTemplate tx, JavaMailSender mailSender, String from) {
        this(jdbc, tx, mailSender, from, null);
    }

    /**
     * @param recipientPattern when not null, only rows whose recipient matches this SQL LIKE pattern are
     *     claimed (tests use it so as to touch only the rows they created)
     */
    OutboxSender(JdbcTemplate jdbc, TransactionTemplate tx, JavaMailSender mailSender, String from, String recipientPattern) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.from = from;
        this.recipientPattern = recipientPattern;
    }

    /** Delivers up to a batch of due e-mails; returns how many were sent. */
    public int deliverDue() {
        return deliverDue(DEFAULT_BATCH);
    }

    public int deliverDue(int limit) {
        int sent = 0;
        for (Claimed mail : claim(limit)) {
            String error = send(mail);
            if (error == null) {
                markSent(mail.id());
                sent++;
            } else {
                markFailed(mail, error);
            }
        }
        return sent;
    }

    /** Backoff after the given number of failed attempts: 30 s, 1 min, 2 min, … capped at 1 h. */
    static Duration backoff(int failedAttempts) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 20));
        Duration d = FIRST_RETRY.multipliedBy(1L << exponent);
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    private List<Claimed> claim(int limit) {
        String filter = recipientPattern == null ? "" : " and recipient like ?";
        String sql = "with due as (select id from outbox_mail where status = 'PENDING' and next_attempt_at <= now()" + filter
                + " order by next_attempt_at limit ? for update skip locked) "
                + "update outbox_mail o set next_attempt_at = now() + make_interval(secs => ?) from due where o.id = due.id "
                + "returning o.id, o.recipient, o.subject, o.body_html, o.body_text, o.attempts";
        Object[] args = recipientPattern == null
                ? new Object[] {limit, LEASE.toSeconds()}
                : new Object[] {recipientPattern, limit, LEASE.toSeconds()};
        List<Claimed> claimed = tx.execute(status -> jdbc.query(sql, (rs, i) -> new Claimed(
                rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body_html"), rs.getString("body_text"), rs.getInt("attempts")), args));
        return claimed == null ? List.of() : claimed;
    }

    /** Returns null when the SMTP server accepted the message, else the reason of the failure. */
    private String send(Claimed mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), UTF_8);
            // Text first, HTML last: clients show the last alternative they can render.
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            // Lets a receiving system recognise the (rare) duplicate after a crash.
            message.setHeader("X-Ambassade-Outbox-Id", mail.id().toString());
            mailSender.send(message);
            return null;
        } catch (MessagingException | RuntimeException e) {
            log.warn("E-mail {} not delivered: {}", mail.id(), e.toString());
            return describe(e);
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
                "update outbox_mail set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null "
                        + "where id = ? and status = 'PENDING'", id));
    }

    private void markFailed(Claimed mail, String error) {
        int attempts = mail.attempts() + 1;
        String status = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        tx.executeWithoutResult(s -> jdbc.update(
                "update outbox_mail set status = ?, attempts = ?, last_error = ?, "
                        + "next_attempt_at = now() + make_interval(secs => ?) where id = ? and status = 'PENDING'",
                status, attempts, error, backoff(attempts).toSeconds(), mail.id()));
    }

    private record Claimed(UUID id, String recipient, String subject, String html, String text, int attempts) {}
}
