package fr.ambassade.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.mail.SecretLinkIssuer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Who may obtain a working secret link from the outbox: administrators, in the demo mode without SMTP only. */
class AdministratorLinksTest {

    final OutboxRepository outbox = mock(OutboxRepository.class);
    final SecretLinkIssuer issuer = mock(SecretLinkIssuer.class);
    final AuditLog audit = mock(AuditLog.class);

    AdministratorLinks links(boolean demo, String smtpHost) {
        MockEnvironment env = new MockEnvironment();
        if (smtpHost != null) {
            env.setProperty("spring.mail.host", smtpHost);
        }
        return new AdministratorLinks(demo, new SmtpStatus(env), new SecretLinks(List.of()), outbox, audit);
    }

    @Test
    void onlyTheDemoModeWithoutSmtpGivesLinksToAdministrators() {
        assertThat(links(true, null).available()).isTrue();
        assertThat(links(true, "smtp.example").available())
                .as("demo mode, e-mails really sent")
                .isFalse();
        assertThat(links(false, null).available())
                .as("production kept in the outbox")
                .isFalse();
        assertThat(links(false, "smtp.example").available()).isFalse();
    }

    @Test
    void outsideThatModeNoLinkIsIssuedAtAll() {
        assertThat(links(false, null).issue(UUID.randomUUID())).isEmpty();
        assertThat(links(true, "smtp.example").issue(UUID.randomUUID())).isEmpty();
        verifyNoInteractions(outbox, issuer, audit);
    }
}
