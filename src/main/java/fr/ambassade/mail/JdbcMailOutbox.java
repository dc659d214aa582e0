package fr.ambassade.mail;

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
        MailRenderer.Rendered r = renderer.render(mail);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into outbox_mail (id, recipient, locale, template, subject, body_html, body_text) values (?,?,?,?,?,?,?)",
                id, mail.to(), mail.locale().getLanguage(), mail.template(), r.subject(), r.html(), r.text());
        return id;
    }
}
