package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.settings.domain.GeneralSettings;
import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The director changes the tagline in the back office and the public home page shows it. The original
 * tagline is restored at the end (other tests read the demo destination).
 *
 * <p>Needs the demo logins of the accounts module: enable after merging the accounts branch.
 */
@IntegrationTest
class SettingsJourneyTest extends BrowserTestSupport {

    @Autowired
    SettingsService settings;

    @Test
    void theDirectorChangesTheTaglineAndTheHomePageShowsIt() {
        MultilingualText original = settings.current().tagline();
        String changed = "Le Bassin minier vous reçoit en intime "
                + UUID.randomUUID().toString().substring(0, 8);
        try {
            loginAs("director@demo.ambassade.test", "demo-ambassade");
            visit("/admin/settings");
            for (String section : List.of(
                    "/appearance", "/values", "/values/new", "/grid", "/grid/edit", "/charter", "/charter/edit")) {
                visit("/admin/settings" + section);
            }
            visit("/admin/settings/general");
            page.locator("[id='tagline.fr']").fill(changed);
            page.locator("main form button[type=submit]").click();
            page.waitForLoadState();
            checkAccessibility();
            assertThat(page.locator(".flash-success").textContent()).isNotBlank();
            assertThat(page.locator("[id='tagline.fr']").inputValue()).isEqualTo(changed);

            visit("/");
            assertThat(page.locator(".tagline").textContent().strip()).isEqualTo(changed);
            // English still has its own translation
            visit("/en/");
            assertThat(page.locator(".tagline").textContent().strip()).isEqualTo(original.get("en"));

            // a refused form keeps what was typed, with the message beside the field
            visit("/admin/settings/general");
            page.locator("#brandName").fill("");
            page.locator("#passThresholdPercent").fill("120");
            page.locator("main form button[type=submit]").click();
            page.waitForLoadState();
            checkAccessibility();
            assertThat(page.locator("#brandName-error").isVisible()).isTrue();
            assertThat(page.locator("#passThresholdPercent-error").isVisible()).isTrue();
            assertThat(page.locator("#passThresholdPercent").inputValue()).isEqualTo("120");
        } finally {
            restoreTagline(original);
        }
        assertThat(settings.current().tagline()).isEqualTo(original);
    }

    private void restoreTagline(MultilingualText original) {
        Destination d = settings.current();
        settings.changeGeneral(
                d.version(),
                new GeneralSettings(
                        d.name(),
                        d.brandName(),
                        original,
                        d.contact(),
                        d.publicLanguages(),
                        d.timeZone(),
                        d.passThresholdPercent(),
                        d.renewalMonths()));
    }
}
