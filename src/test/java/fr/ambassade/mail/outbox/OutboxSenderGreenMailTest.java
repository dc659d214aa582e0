package fr.ambassade.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.support.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxSenderGreenMailTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    GreenMail greenMail;
    int port;
    String domain;
    OutboxSender sender;

    @BeforeEach
    void setUp() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        smtp.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        // Other tests enqueue e-mails too: this sender claims only the rows of this test's own domain.
        domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        sender = new OutboxSender(jdbc, tx, smtp, "office@ambassade.test", "%@" + domain);
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
    }

    private UUID enqueue(String to) {
        return tx.execute(s -> outbox.enqueue(OutgoingMail.of(to, Locale.ENGLISH, "outbox-test", "outboxtest.subject",
                Map.of("name", "Zoé"), "n°1")));
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error, next_attempt_at, sent_at from outbox_mail where id = ?", id);
    }

    @Test
    void smtpDownThenUpDeliversExactlyOnce() throws Exception {
        UUID id = enqueue("visitor@" + domain);

        // SMTP down: nothing listens on the port yet.
        assertThat(sender.deliverDue()).isZero();
        Map<String, Object> failed = row(id);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).isNotBlank().containsIgnoringCase("connect");
        assertThat(jdbc.queryForObject("select next_attempt_at > now() + interval '20 seconds' from outbox_mail where id = ?",
                Boolean.class, id)).as("retry scheduled with backoff").isTrue();

        // Not due yet: a second round does not touch it.
        assertThat(sender.deliverDue()).isZero();
        assertThat(row(id).get("attempts")).isEqualTo(1);

        greenMail.start();
        jdbc.update("update outbox_mail set next_attempt_at = now() where id = ?", id);

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Test n°1");
        assertThat(message.getFrom()[0].toString()).isEqualTo("office@ambassade.test");
        assertThat(message.getHeader("X-Ambassade-Outbox-Id")[0]).isEqualTo(id.toString());
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(((String) text.getContent()).strip()).isEqualTo("Hello Zoé");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat((String) html.getContent()).contains("<p>Hello Zoé</p>");

        Map<String, Object> sent = row(id);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(sent.get("last_error")).isNull();
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedWithItsReason() {
        UUID id = enqueue("failing@" + domain);
        jdbc.update("update outbox_mail set attempts = ? where id = ?", OutboxSender.MAX_ATTEMPTS - 1, id);

        sender.deliverDue();

        Map<String, Object> failed = row(id);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat((String) failed.get("last_error")).isNotBlank();
    }

    @Test
    void aClaimedMailIsLeasedSoThatAnotherNodeSkipsIt() {
        UUID id = enqueue("leased@" + domain);

        tx.executeWithoutResult(s -> {
            // Another node holds the row's lock: this claim skips it instead of waiting.
            jdbc.queryForObject("select id from outbox_mail where id = ? for update", UUID.class, id);
            TransactionTemplate otherNode = new TransactionTemplate(tx.getTransactionManager());
            otherNode.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            OutboxSender other = new OutboxSender(jdbc, otherNode, new JavaMailSenderImpl(), "office@ambassade.test", "%@" + domain);
            assertThat(other.deliverDue()).isZero();
        });
        assertThat(row(id).get("attempts")).isEqualTo(0);
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        String to = "rollback@" + domain;

        tx.executeWithoutResult(s -> {
            outbox.enqueue(OutgoingMail.of(to, Locale.FRENCH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "1"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, to)).isZero();
    }

    @Test
    void enqueueingOutsideATransactionFails() {
        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.of("x@" + domain, Locale.FRENCH, "outbox-test",
                        "outboxtest.subject", Map.of("name", "Zoé"), "1")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theMailIsRenderedInTheRecipientsLanguage() {
        UUID id = tx.execute(s -> outbox.enqueue(OutgoingMail.of("fr@" + domain, Locale.FRENCH, "outbox-test",
                "outboxtest.subject", Map.of("name", "Zoé"), "n°2")));

        Map<String, Object> row = jdbc.queryForMap("select subject, body_text, locale from outbox_mail where id = ?", id);
        assertThat(row.get("subject")).isEqualTo("Essai n°2");
        assertThat(((String) row.get("body_text")).strip()).isEqualTo("Bonjour Zoé");
        assertThat(row.get("locale")).isEqualTo("fr");
    }

    @Test
    void backoffDoublesFromThirtySecondsUpToAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(50)).isEqualTo(Duration.ofHours(1));
    }
}
