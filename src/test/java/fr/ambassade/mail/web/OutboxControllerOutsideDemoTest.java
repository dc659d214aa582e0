package fr.ambassade.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.ambassade.mail.SecretLink;
import fr.ambassade.mail.outbox.AdministratorLinks;
import fr.ambassade.mail.outbox.OutboxRepository;
import fr.ambassade.mail.outbox.OutboxStatus;
import fr.ambassade.mail.outbox.SmtpStatus;
import fr.ambassade.shared.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/**
 * Outside the demo mode (the shared test context runs in it), even an administrator sees only the redacted text
 * of a secret link, and the action that issues one answers 404.
 */
class OutboxControllerOutsideDemoTest {

    final UUID id = UUID.randomUUID();
    final OutboxRepository outbox = mock(OutboxRepository.class);
    final AdministratorLinks administratorLinks = mock(AdministratorLinks.class);
    final StaticMessageSource messages = new StaticMessageSource();
    final OutboxController controller = new OutboxController(
            outbox,
            new SmtpStatus(new MockEnvironment()),
            null,
            messages,
            administratorLinks,
            new fr.ambassade.shared.web.Flash(messages));

    OutboxControllerOutsideDemoTest() {
        messages.addMessage("mail.outbox.secretLink.redacted", Locale.ENGLISH, "[secret link]");
        when(outbox.findById(id))
                .thenReturn(Optional.of(new OutboxRepository.Detail(
                        id,
                        Instant.now(),
                        "boss@ot.example",
                        "en",
                        "accounts-password-reset",
                        "Reset",
                        OutboxStatus.PENDING,
                        0,
                        Instant.now(),
                        null,
                        null,
                        "Open " + SecretLink.PLACEHOLDER,
                        "<a href=\"" + SecretLink.PLACEHOLDER + "\">x</a>",
                        new SecretLink("accounts:RESET", 1))));
        when(administratorLinks.available()).thenReturn(false);
        when(administratorLinks.issue(any())).thenReturn(Optional.empty());
    }

    @Test
    void theBodiesShowTheRedactedTextAndNoWayToObtainTheLink() {
        ExtendedModelMap model = new ExtendedModelMap();
        controller.detail(id, Locale.ENGLISH, model);

        OutboxRepository.Detail shown = (OutboxRepository.Detail) model.get("mail");
        assertThat(shown.bodyText()).isEqualTo("Open [secret link]");
        assertThat(shown.bodyHtml()).isEqualTo("<a href=\"[secret link]\">x</a>");
        assertThat(model.get("linkObtainable")).isEqualTo(false);
        assertThat(controller.html(id, Locale.ENGLISH).getBody()).isEqualTo("<a href=\"[secret link]\">x</a>");
    }

    @Test
    void askingForTheLinkAnswersNotFound() {
        assertThatThrownBy(() -> controller.secretLink(
                        id, Locale.ENGLISH, new ExtendedModelMap(), new MockHttpServletResponse()))
                .isInstanceOf(NotFoundException.class);
    }
}
