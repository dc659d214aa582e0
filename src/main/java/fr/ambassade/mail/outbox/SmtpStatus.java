package fr.ambassade.mail.outbox;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether e-mails leave the outbox: only when an SMTP host is configured (never in the embedded default). */
@Component
public class SmtpStatus {

    private final boolean configured;

    public SmtpStatus(Environment env) {
        this.configured = StringUtils.hasText(env.getProperty("spring.mail.host"));
    }

    public boolean configured() {
        return configured;
    }
}
