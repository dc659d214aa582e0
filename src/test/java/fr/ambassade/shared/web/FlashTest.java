package fr.ambassade.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.i18n.I18nConfiguration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The message of the next page, in the reader's language, under the names the layouts show. */
class FlashTest {

    Flash flash;
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @BeforeEach
    void english() throws Exception {
        flash = new Flash(I18nConfiguration.messageSource());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSuccessIsWrittenWithItsArguments() {
        flash.success(redirect, "providers.flash.created", "Le Bistrot");

        assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("Provider “Le Bistrot” was created.");
    }

    @Test
    void aRefusedChangeIsAnError() {
        flash.error(redirect, RefusedChange.of("accounts.error.email.taken"));

        assertThat(redirect.getFlashAttributes().get("flashError"))
                .isEqualTo("An account already exists with this e-mail address.");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("flashSuccess");
    }

    @Test
    void theTextFollowsTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        flash.outcome(redirect, true, "settings.value.removed");

        assertThat(redirect.getFlashAttributes().get("flashSuccess")).isEqualTo("Valeur supprimée.");
    }

    @Test
    void anOutcomeThatFailedIsAnError() {
        flash.outcome(redirect, false, "settings.value.removed");

        assertThat(redirect.getFlashAttributes()).containsKey("flashError");
    }
}
