package fr.ambassade.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxHealthIndicatorTest {

    @Autowired
    OutboxHealthIndicator indicator;

    @Autowired
    OutboxRepository repository;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void aPendingMail() {
        tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                "health@" + UUID.randomUUID() + ".example",
                Locale.FRENCH,
                "outbox-test",
                "outboxtest.subject",
                Map.of("name", "Zoé"),
                "1")));
    }

    @Test
    void withoutSmtpMailsAreKeptAndTheOutboxIsUp() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("smtpConfigured", false)
                .containsKeys("pending", "failed", "oldestPendingAge");
        assertThat((Long) health.getDetails().get("pending")).isPositive();
    }

    @Test
    void withSmtpAMailWaitingMoreThanAnHourIsDown() {
        SmtpStatus smtp = new SmtpStatus(new MockEnvironment().withProperty("spring.mail.host", "smtp.example"));

        assertThat(new OutboxHealthIndicator(repository, smtp, Clock.systemUTC())
                        .health()
                        .getStatus())
                .as("just enqueued")
                .isEqualTo(Status.UP);
        Clock twoHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        assertThat(new OutboxHealthIndicator(repository, smtp, twoHoursLater)
                        .health()
                        .getStatus())
                .isEqualTo(Status.DOWN);
    }
}
