package fr.ambassade.mail.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailbox of one recipient, for tests of journeys that follow an e-mailed link: delivers that recipient's
 * pending e-mails through the real sender (which issues their secret links) to an in-memory SMTP server and
 * returns what the recipient receives. Other rows of the outbox are left alone.
 */
public final class TestMailbox {

    private final ApplicationContext context;

    public TestMailbox(ApplicationContext context) {
        this.context = context;
    }

    /** Delivers the recipient's pending e-mails and returns those received, oldest first. */
    public List<RecordingMailSender.Received> deliver(String recipient) {
        RecordingMailSender smtp = new RecordingMailSender();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update(
                "update outbox_mail set next_attempt_at = now() where recipient = ? and status = 'PENDING'", recipient);
        OutboxSender sender = new OutboxSender(
                jdbc,
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                smtp,
                context.getBean(SecretLinks.class),
                "office@ambassade.test",
                recipient.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"),
                Duration.ofMinutes(5));
        sender.deliverDue();
        return smtp.received();
    }

    /** The text of the last e-mail the recipient receives now. */
    public String lastText(String recipient) {
        List<RecordingMailSender.Received> received = deliver(recipient);
        if (received.isEmpty()) {
            throw new AssertionError("no e-mail delivered to " + recipient);
        }
        return received.get(received.size() - 1).text();
    }
}
