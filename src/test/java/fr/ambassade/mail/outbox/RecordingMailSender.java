package fr.ambassade.mail.outbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server in memory: keeps what it accepts; a behaviour can slow it down or make it refuse. */
public class RecordingMailSender extends JavaMailSenderImpl {

    /**
     * A message as the recipient's mail client reads it.
     *
     * @param calendar the calendar alternative of the body ({@code text/calendar}), or null
     * @param attachments the files, in order
     */
    public record Received(
            String recipient,
            String outboxId,
            String subject,
            String text,
            String html,
            String calendar,
            List<File> attachments) {}

    /** An attached file. */
    public record File(String fileName, String contentType, byte[] content) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<MimeMessage> behaviour = m -> {};

    public RecordingMailSender behaving(Consumer<MimeMessage> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originalMessages) throws MailException {
        for (MimeMessage message : messages) {
            behaviour.accept(message);
            received.add(read(message));
        }
    }

    private static Received read(MimeMessage sent) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            sent.writeTo(bytes);
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
            MimeMultipart parts = (MimeMultipart) message.getContent();
            List<File> files = new ArrayList<>();
            MimeMultipart alternative = parts;
            if (message.isMimeType("multipart/mixed")) {
                alternative = (MimeMultipart) parts.getBodyPart(0).getContent();
                for (int i = 1; i < parts.getCount(); i++) {
                    BodyPart file = parts.getBodyPart(i);
                    files.add(new File(
                            file.getFileName(),
                            file.getContentType(),
                            file.getInputStream().readAllBytes()));
                }
            }
            BodyPart text = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            String calendar = null;
            if (alternative.getCount() > 2 && alternative.getBodyPart(2).isMimeType("text/calendar")) {
                calendar =
                        new String(alternative.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Received(
                    message.getAllRecipients()[0].toString(),
                    message.getHeader("X-Ambassade-Outbox-Id")[0],
                    message.getSubject(),
                    (String) text.getContent(),
                    (String) html.getContent(),
                    calendar,
                    List.copyOf(files));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
