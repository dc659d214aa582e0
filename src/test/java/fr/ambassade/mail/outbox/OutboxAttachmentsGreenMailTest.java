package fr.ambassade.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ambassade.mail.MailAttachment;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.mail.SecretLink;
import fr.ambassade.support.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mails with files: stored with the row, sent as multipart/mixed; a calendar is also a body alternative. */
@IntegrationTest
class OutboxAttachmentsGreenMailTest {

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n"
            + "BEGIN:VEVENT\r\nUID:visit-1@test\r\nSUMMARY:Visite à Saint-Émilion\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    static final byte[] PDF = "%PDF-1.4 fake €".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SecretLinks links;

    @Autowired
    ApplicationContext context;

    GreenMail greenMail;
    String domain;
    OutboxSender sender;

    @BeforeEach
    void setUp() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        domain = "a" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        sender = new OutboxSender(jdbc, tx, smtp, links, "office@ambassade.test", "%@" + domain, OutboxSender.LEASE);
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
    }

    private OutgoingMail mail(String to) {
        return OutgoingMail.of(to, Locale.ENGLISH, "outbox-test", "outboxtest.subject", Map.of("name", "Zoé"), "n°2");
    }

    @Test
    void anInvitationAndAPdfAreStoredAndReachTheRecipientAsParts() throws Exception {
        UUID id = tx.execute(s -> outbox.enqueue(mail("candidate@" + domain)
                .withAttachment(MailAttachment.calendar("invitation.ics", "request", ICS))
                .withAttachment(MailAttachment.pdf("procès-verbal.pdf", PDF))));

        assertThat(jdbc.queryForList(
                        "select file_name, content_type, size_bytes from outbox_mail_attachment where mail_id = ? "
                                + "order by position",
                        id))
                .containsExactly(
                        Map.of(
                                "file_name", "invitation.ics",
                                "content_type", "text/calendar; method=REQUEST; charset=UTF-8",
                                "size_bytes", ICS.getBytes(StandardCharsets.UTF_8).length),
                        Map.of("file_name", "procès-verbal.pdf", "content_type", "application/pdf", "size_bytes", 17));

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);

        // the body: text, HTML, then the invitation that clients turn into answer buttons
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(((String) alternative.getBodyPart(0).getContent()).strip()).isEqualTo("Hello Zoé");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        BodyPart calendar = alternative.getBodyPart(2);
        assertThat(calendar.getContentType().replace(" ", "").toLowerCase(Locale.ROOT))
                .startsWith("text/calendar")
                .contains("method=request")
                .contains("charset=utf-8");
        assertThat(calendar.getDisposition()).isNull();
        assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ICS);

        // the same calendar as a file, then the PDF (its name in UTF-8)
        BodyPart ics = mixed.getBodyPart(1);
        assertThat(ics.getContentType()).startsWith("application/ics");
        assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(ics.getFileName()).isEqualTo("invitation.ics");
        assertThat(ics.getInputStream().readAllBytes()).isEqualTo(ICS.getBytes(StandardCharsets.UTF_8));
        BodyPart pdf = mixed.getBodyPart(2);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(pdf.getFileName()))
                .isEqualTo("procès-verbal.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aMailWithoutAttachmentsStaysOneAlternative() throws Exception {
        tx.execute(s -> outbox.enqueue(mail("plain@" + domain)));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void theRecordingSenderOfJourneyTestsReadsTheParts() {
        String to = "journey@" + domain;
        tx.execute(s -> outbox.enqueue(mail(to).withAttachment(MailAttachment.calendar("visit.ics", "CANCEL", ICS))));
        RecordingMailSender.Received received =
                new TestMailbox(context).deliver(to).get(0);
        assertThat(received.calendar()).isEqualTo(ICS);
        assertThat(received.attachments()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("visit.ics");
            assertThat(f.content()).isEqualTo(ICS.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aSecretLinkNeverGoesIntoAnAttachment() {
        OutgoingMail leaking = mail("leak@" + domain)
                .withSecretLink("accounts:RESET", 1)
                .withAttachment(new MailAttachment("link.txt", "text/plain", SecretLink.PLACEHOLDER.getBytes()));
        assertThatThrownBy(() -> tx.execute(s -> outbox.enqueue(leaking)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret link");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where recipient = ?", Long.class, "leak@" + domain))
                .isZero();
    }

    @Test
    void unusableAttachmentsAreRefused() {
        assertThatThrownBy(() -> new MailAttachment("../x.pdf", "application/pdf", PDF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("x.pdf", "application/pdf\r\nBcc: a@b.c", PDF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail("big@" + domain)
                        .withAttachment(
                                MailAttachment.pdf("big.pdf", new byte[OutgoingMail.MAX_ATTACHMENTS_BYTES + 1])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
