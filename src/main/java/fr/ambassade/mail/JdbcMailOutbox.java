package fr.ambassade.mail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcMailOutbox implements MailOutbox {

    private final JdbcTemplate jdbc;
    private final MailRenderer renderer;

    JdbcMailOutbox(JdbcTemplate jdbc, MailRenderer renderer) {
        this.jdbc = jdbc;
        this.renderer = renderer;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        SecretLink link = mail.secretLink();
        MailRenderer.Rendered r = renderer.render(mail);
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into outbox_mail (id, recipient, locale, template, subject, body_html, body_text, "
                        + "secret_link_purpose, secret_link_subject) values (?,?,?,?,?,?,?,?,?)",
                id,
                mail.to(),
                mail.locale().getLanguage(),
                mail.template(),
                r.subject(),
                r.html(),
                r.text(),
                link == null ? null : link.purpose(),
                link == null ? null : link.subjectId());
        int position = 0;
        for (MailAttachment a : mail.attachments()) {
            byte[] content = a.content();
            if (link != null && containsPlaceholder(content)) {
                // the link is filled into the bodies only: an attachment would keep the placeholder
                throw new IllegalArgumentException("A secret link cannot go into an attachment: " + a.fileName());
            }
            jdbc.update(
                    "insert into outbox_mail_attachment (mail_id, position, file_name, content_type, size_bytes, "
                            + "content) values (?,?,?,?,?,?)",
                    id,
                    position++,
                    a.fileName(),
                    a.contentType(),
                    content.length,
                    content);
        }
        return id;
    }

    private static boolean containsPlaceholder(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).contains(SecretLink.PLACEHOLDER);
    }
}
