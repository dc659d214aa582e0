package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages that show the destination's brand, in the three languages, checked with axe-core. */
@IntegrationTest
class PublicPagesBrowserTest extends BrowserTestSupport {

    @Autowired
    DestinationSettings settings;

    @Test
    void homePageShowsTheBrandTaglineAndValuesInEachLanguage() {
        Destination d = settings.current();
        for (String lang : new String[] {"fr", "en", "nl"}) {
            visit(lang.equals("fr") ? "/" : "/" + lang + "/");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
            assertThat(page.locator(".site-header .brand").textContent()).contains(d.brandName());
            assertThat(page.locator(".tagline").textContent().strip())
                    .isEqualTo(d.tagline().get(lang));
            assertThat(page.locator(".values h3").first().textContent())
                    .isEqualTo(settings.values().get(0).name().get(lang));
        }
    }

    @Test
    void theCallsLeadToTheAmbassadorAndResidentPages() {
        visit("/nl/");
        page.locator("a[href$='/ambassadeur-worden']").click();
        page.waitForLoadState();
        checkAccessibility();
        assertThat(page.url()).endsWith("/nl/ambassadeur-worden");
        assertThat(page.locator(".commitments li").count())
                .isEqualTo(settings.currentCharter().commitments().size());
        visit("/habitants");
        visit("/en/habitants");
    }

    @Test
    void themeStylesheetIsServedAndUsedWithoutInlineStyles() {
        visit("/");
        String fg = (String)
                page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand-fg').trim()");
        assertThat(fg).isEqualTo(settings.current().colours().text());
    }
}
