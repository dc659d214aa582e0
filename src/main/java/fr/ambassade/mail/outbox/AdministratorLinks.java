package fr.ambassade.mail.outbox;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.config.RunMode;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the demo mode without SMTP nobody receives the e-mails, so an administrator (and only an administrator:
 * the route rule) may obtain a working secret link of a kept e-mail, issued on request (older links of the
 * same subject stop working) and shown once in the response. Outside that mode a secret link reaches only the
 * recipient's mailbox. Each link obtained this way is audited.
 */
@Component
public class AdministratorLinks {

    private final boolean demoData;
    private final SmtpStatus smtp;
    private final SecretLinks links;
    private final OutboxRepository outbox;
    private final AuditLog audit;

    @Autowired
    AdministratorLinks(RunMode runMode, SmtpStatus smtp, SecretLinks links, OutboxRepository outbox, AuditLog audit) {
        this(runMode.demoData(), smtp, links, outbox, audit);
    }

    AdministratorLinks(boolean demoData, SmtpStatus smtp, SecretLinks links, OutboxRepository outbox, AuditLog audit) {
        this.demoData = demoData;
        this.smtp = smtp;
        this.links = links;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** True in the demo mode when no SMTP server is configured (the e-mails stay in the outbox). */
    public boolean available() {
        return demoData && !smtp.configured();
    }

    /** A fresh working link of the e-mail; empty when unavailable, the e-mail has none, or it is no longer wanted. */
    @Transactional
    public Optional<String> issue(UUID mailId) {
        if (!available()) {
            return Optional.empty();
        }
        Optional<String> link = outbox.findById(mailId)
                .filter(mail -> mail.secretLink() != null)
                .flatMap(mail -> links.issue(mail.secretLink()));
        link.ifPresent(l -> audit.record(AuditRecord.of("OutboxMail", mailId, "SECRET_LINK_ISSUED")));
        return link;
    }
}
