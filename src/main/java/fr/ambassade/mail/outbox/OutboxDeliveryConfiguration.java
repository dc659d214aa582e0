package fr.ambassade.mail.outbox;

import fr.ambassade.mail.SecretLinkIssuer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class OutboxDeliveryConfiguration {

    @Bean
    OutboxSender outboxSender(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ObjectProvider<JavaMailSender> mailSender,
            SecretLinks links,
            @Value("${ambassade.mail.from}") String from) {
        // Without SMTP nothing is ever sent (see OutboxScheduler); the unconfigured sender only fills the slot.
        return new OutboxSender(
                jdbc,
                new TransactionTemplate(transactionManager),
                mailSender.getIfAvailable(JavaMailSenderImpl::new),
                links,
                from);
    }

    @Bean
    SecretLinks secretLinks(List<SecretLinkIssuer> issuers) {
        return new SecretLinks(issuers);
    }

    @Bean
    OutboxScheduler outboxScheduler(OutboxSender sender, SmtpStatus smtp) {
        return new OutboxScheduler(sender, smtp);
    }

    static class OutboxScheduler {

        private static final Logger log = LoggerFactory.getLogger(OutboxScheduler.class);

        private final OutboxSender sender;
        private final SmtpStatus smtp;

        OutboxScheduler(OutboxSender sender, SmtpStatus smtp) {
            this.sender = sender;
            this.smtp = smtp;
        }

        @Scheduled(
                fixedDelayString = "${ambassade.mail.poll-delay:PT5S}",
                initialDelayString = "${ambassade.mail.poll-delay:PT5S}")
        void deliver() {
            if (!smtp.configured()) {
                return; // embedded default: e-mails are kept in the outbox for staff to read
            }
            try {
                while (sender.deliverDue() == OutboxSender.DEFAULT_BATCH) {
                    // a full batch was sent: there may be more due right now
                }
            } catch (RuntimeException e) {
                // no stack trace at WARN: exception texts may name recipients
                log.warn("Outbox delivery round failed: {}", MailAddresses.redact(String.valueOf(e)));
                log.debug("Outbox delivery round failed", e);
            }
        }
    }
}
