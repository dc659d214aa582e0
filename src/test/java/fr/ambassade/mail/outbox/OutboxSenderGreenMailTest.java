package fr.ambassade.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.mail.SecretLink;
import fr.ambassade.mail.SecretLinkIssuer;
import fr.ambassade.support.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxSenderGreenMailTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SecretLinks links;

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
        sender = new OutboxSender(jdbc, tx, smtp, links, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE);
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
    }

    private UUID enqueue(String to) {
        return tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                to, Locale.ENGLISH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "n°1")));
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at, sent_at from outbox_mail where id = ?", id);
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
        assertThat(jdbc.queryForObject(
                        "select next_attempt_at > now() + interval '20 seconds' from outbox_mail where id = ?",
                        Boolean.class,
                        id))
                .as("retry scheduled with backoff")
                .isTrue();

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
    void aClaimedMailIsLockedSoThatAnotherNodeSkipsIt() {
        UUID id = enqueue("locked@" + domain);

        tx.executeWithoutResult(s -> {
            // Another node holds the row's lock: this claim skips it instead of waiting.
            jdbc.queryForObject("select id from outbox_mail where id = ? for update", UUID.class, id);
            TransactionTemplate otherNode = new TransactionTemplate(tx.getTransactionManager());
            otherNode.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            OutboxSender other = new OutboxSender(
                    jdbc,
                    otherNode,
                    new RecordingMailSender(),
                    links,
                    "office@ambassade.test",
                    "%@" + domain,
                    OutboxSender.LEASE);
            assertThat(other.deliverDue()).isZero();
        });
        assertThat(row(id).get("attempts")).isEqualTo(0);
    }

    /**
     * Two nodes, a slow SMTP server (0.4 s a message) and a lease (1 s) shorter than a whole batch of sends: each
     * mail is leased when its own send starts, so a lease never runs out under a live send and no mail is sent
     * twice (a lease for the whole batch, taken at the start, would run out and let the other node send again).
     */
    @Test
    void theLeaseCoversTheSendOfEachMailSoThatTwoNodesNeverSendOneTwice() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(enqueue("lease" + i + "@" + domain));
        }
        RecordingMailSender slowSmtp = new RecordingMailSender().behaving(m -> sleep(400));
        Duration lease = Duration.ofSeconds(1);
        OutboxSender nodeA = new OutboxSender(jdbc, tx, slowSmtp, links, "office@ambassade.test", "%@" + domain, lease);
        OutboxSender nodeB = new OutboxSender(jdbc, tx, slowSmtp, links, "office@ambassade.test", "%@" + domain, lease);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = nodes.submit(() -> untilNoneDue(nodeA));
            sleep(500); // B starts while A is busy: A's first lease would have run out before its last send
            Future<Integer> b = nodes.submit(() -> untilNoneDue(nodeB));
            assertThat(a.get(20, TimeUnit.SECONDS) + b.get(20, TimeUnit.SECONDS))
                    .isEqualTo(6);
            assertThat(b.get()).as("the second node took its share").isPositive();
        } finally {
            nodes.shutdownNow();
        }
        assertThat(slowSmtp.received())
                .extracting(RecordingMailSender.Received::outboxId)
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(UUID::toString).toList());
        assertThat(jdbc.queryForList(
                        "select attempts from outbox_mail where recipient like ?", Integer.class, "%@" + domain))
                .containsOnly(1);
    }

    /** What the scheduler does on each node: batches until nothing of this test is pending any more. */
    private int untilNoneDue(OutboxSender sender) {
        int sent = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            int now = sender.deliverDue();
            sent += now;
            if (now == 0) {
                if (jdbc.queryForObject(
                                "select count(*) from outbox_mail where status = 'PENDING' and recipient like ?",
                                Integer.class,
                                "%@" + domain)
                        == 0) {
                    return sent;
                }
                sleep(50);
            }
        }
        return sent;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A send that kills the process never records an outcome; its attempts are counted all the same. */
    static class ProcessKilled extends Error {}

    @Test
    void aMailThatKillsTheProcessEndsFailedAfterTheLastAttempt() {
        UUID id = enqueue("poison@" + domain);
        RecordingMailSender deadly = new RecordingMailSender().behaving(m -> {
            throw new ProcessKilled();
        });
        OutboxSender node =
                new OutboxSender(jdbc, tx, deadly, links, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE);

        for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
            assertThatThrownBy(node::deliverDue).isInstanceOf(ProcessKilled.class);
            assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", attempt);
            // the node restarts; the lease of the dead claim runs out
            jdbc.update("update outbox_mail set next_attempt_at = now() where id = ?", id);
        }
        assertThat(node.deliverDue()).isZero();

        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", OutboxSender.MAX_ATTEMPTS);
        assertThat((String) row(id).get("last_error")).contains("did not finish");
        assertThat(node.deliverDue()).isZero();
    }

    @Test
    void smtpErrorsNamingTheRecipientReachTheLogWithoutTheAddress(CapturedOutput output) {
        String to = "refused.person@" + domain;
        UUID id = enqueue(to);
        RecordingMailSender refusing = new RecordingMailSender().behaving(m -> {
            throw new MailSendException("550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in "
                    + "virtual mailbox table; also tried postmaster@" + domain);
        });
        new OutboxSender(jdbc, tx, refusing, links, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE)
                .deliverDue();

        assertThat(output.getAll())
                .contains("E-mail " + id + " not delivered")
                .contains("550 5.1.1 <<address>>")
                .doesNotContain(to)
                .doesNotContain("postmaster@" + domain);
        // staff reading the outbox see the whole reason (the recipient is on the same page)
        assertThat((String) row(id).get("last_error")).contains(to);
    }

    @Test
    void aSecretLinkIsIssuedAtDeliveryIntoTheMessageOnly() throws Exception {
        String to = "secret@" + domain;
        UUID id = tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                        to, Locale.ENGLISH, "outbox-test-link", "outboxtest.subject", Map.of("name", "Zoé"), "link")
                .withSecretLink("test:LINK", 42)));
        RecordingMailSender smtp = new RecordingMailSender();
        List<SecretLink> issued = new ArrayList<>();
        SecretLinks testLinks = new SecretLinks(List.of(new SecretLinkIssuer() {
            @Override
            public Set<String> purposes() {
                return Set.of("test:LINK");
            }

            @Override
            public Optional<String> issue(SecretLink link) {
                issued.add(link);
                return Optional.of("https://ot.example/secret?token=s3cr3t&n=" + issued.size());
            }
        }));
        Map<String, Object> stored = jdbc.queryForMap("select body_text, body_html from outbox_mail where id = ?", id);
        assertThat((String) stored.get("body_text")).contains(SecretLink.PLACEHOLDER);

        new OutboxSender(jdbc, tx, smtp, testLinks, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE)
                .deliverDue();

        assertThat(issued).containsExactly(new SecretLink("test:LINK", 42));
        RecordingMailSender.Received received = smtp.received().get(0);
        assertThat(received.text())
                .contains("https://ot.example/secret?token=s3cr3t&n=1")
                .doesNotContain(SecretLink.PLACEHOLDER);
        assertThat(received.html()).contains("href=\"https://ot.example/secret?token=s3cr3t&amp;n=1\"");
        Map<String, Object> sent =
                jdbc.queryForMap("select status, body_text, body_html from outbox_mail where id = ?", id);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("body_text") + " " + sent.get("body_html"))
                .doesNotContain("s3cr3t")
                .contains(SecretLink.PLACEHOLDER);
    }

    @Test
    void aMailWhoseLinkIsNoLongerWantedIsNotSent() {
        String to = "unwanted@" + domain;
        UUID id = tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                        to, Locale.ENGLISH, "outbox-test-link", "outboxtest.subject", Map.of("name", "Zoé"), "link")
                .withSecretLink("test:GONE", 7)));
        RecordingMailSender smtp = new RecordingMailSender();
        SecretLinks none = new SecretLinks(List.of(new SecretLinkIssuer() {
            @Override
            public Set<String> purposes() {
                return Set.of("test:GONE");
            }

            @Override
            public Optional<String> issue(SecretLink link) {
                return Optional.empty();
            }
        }));

        new OutboxSender(jdbc, tx, smtp, none, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE).deliverDue();

        assertThat(smtp.received()).isEmpty();
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("last_error", OutboxSender.LINK_NOT_ISSUED);
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        String to = "rollback@" + domain;

        tx.executeWithoutResult(s -> {
            outbox.enqueue(OutgoingMail.of(
                    to, Locale.FRENCH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "1"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, to))
                .isZero();
    }

    @Test
    void enqueueingOutsideATransactionFails() {
        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.of(
                        "x@" + domain, Locale.FRENCH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "1")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theMailIsRenderedInTheRecipientsLanguage() {
        UUID id = tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                "fr@" + domain, Locale.FRENCH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "n°2")));

        Map<String, Object> row =
                jdbc.queryForMap("select subject, body_text, locale from outbox_mail where id = ?", id);
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
