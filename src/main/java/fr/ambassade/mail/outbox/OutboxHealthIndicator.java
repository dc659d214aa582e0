package fr.ambassade.mail.outbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} health: the backlog of e-mails. DOWN when SMTP is configured and an e-mail has waited
 * more than an hour (delivery is stuck); without SMTP, e-mails are kept in the outbox on purpose: UP.
 */
@Component("outboxHealthIndicator")
class OutboxHealthIndicator implements HealthIndicator {

    static final Duration STUCK_AFTER = Duration.ofHours(1);

    private final OutboxRepository outbox;
    private final SmtpStatus smtp;
    private final Clock clock;

    @Autowired
    OutboxHealthIndicator(OutboxRepository outbox, SmtpStatus smtp) {
        this(outbox, smtp, Clock.systemUTC());
    }

    OutboxHealthIndicator(OutboxRepository outbox, SmtpStatus smtp, Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Override
    public Health health() {
        OutboxRepository.Backlog backlog = outbox.backlog();
        Duration age = backlog.oldestPending() == null
                ? Duration.ZERO
                : Duration.between(backlog.oldestPending(), clock.instant())
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Health.Builder health = smtp.configured() && age.compareTo(STUCK_AFTER) > 0 ? Health.down() : Health.up();
        return health.withDetail("smtpConfigured", smtp.configured())
                .withDetail("pending", backlog.pending())
                .withDetail("failed", backlog.failed())
                .withDetail("oldestPendingAge", age.toString())
                .build();
    }
}
