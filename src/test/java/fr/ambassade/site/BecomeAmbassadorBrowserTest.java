package fr.ambassade.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public "Devenir AmBBassadeur" page in its three languages and paths, checked with axe-core. */
@IntegrationTest
class BecomeAmbassadorBrowserTest extends BrowserTestSupport {

    record Version(String lang, String path, String start, String title) {}

    static final List<Version> VERSIONS = List.of(
            new Version("fr", "/devenir-ambassadeur", "Commencer ma candidature", "Devenir ambassadeur"),
            new Version("en", "/en/become-an-ambassador", "Start my application", "Become an ambassador"),
            new Version("nl", "/nl/ambassadeur-worden", "Mijn kandidatuur starten", "Ambassadeur worden"));

    @Autowired
    DestinationSettings settings;

    @Test
    void eachLanguageShowsTheValuesTheStepsTheCharterAndTheCallToApply() {
        List<BrandValue> values = settings.values();
        var charter = settings.currentCharter();
        for (Version v : VERSIONS) {
            visit(v.path());
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(v.lang());
            assertThat(page.locator("h1").textContent()).isEqualTo(v.title());
            assertThat(page.locator(".values h3").allTextContents())
                    .containsExactlyElementsOf(
                            values.stream().map(b -> b.name().get(v.lang())).toList());
            assertThat(page.locator(".steps > li").count()).isEqualTo(6);
            assertThat(page.locator(".steps").textContent())
                    .contains(String.valueOf(settings.current().renewalMonths()));
            assertThat(page.locator(".commitments li").allTextContents())
                    .containsExactlyElementsOf(charter.commitments().stream()
                            .map(c -> c.get(v.lang()))
                            .toList());
            var start = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(v.start()));
            assertThat(start.count()).isEqualTo(2);
            assertThat(start.first().getAttribute("href")).isEqualTo(SitePaths.START_APPLICATION);
            // hreflang alternates and the language switch lead to the translated paths
            for (Version other : VERSIONS) {
                assertThat(page.locator("link[rel=alternate][hreflang=" + other.lang() + "]")
                                .getAttribute("href"))
                        .isEqualTo(other.path());
                assertThat(page.locator(".lang-switch a[hreflang=" + other.lang() + "]")
                                .getAttribute("href"))
                        .isEqualTo(other.path());
            }
        }
    }

    @Test
    void theHomeCallLeadsToThePageOfItsLanguageAndOtherPathsMoveToIt() {
        visit("/en/");
        page.locator(".call a.button").first().click();
        page.waitForLoadState();
        checkAccessibility();
        assertThat(page.url()).endsWith("/en/become-an-ambassador");

        page.navigate(url("/nl/devenir-ambassadeur"));
        assertThat(page.url()).endsWith("/nl/ambassadeur-worden");
        page.navigate(url("/become-an-ambassador"));
        assertThat(page.url()).endsWith("/devenir-ambassadeur");
    }

    @Test
    void screenshotsOnAPhoneAndADesktop() {
        for (Version v : VERSIONS) {
            page.setViewportSize(375, 812);
            visit(v.path());
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow)
                    .as("no horizontal scrolling at 375 px (" + v.lang() + ")")
                    .isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "become-" + v.lang() + "-375.png")));
        }
        page.setViewportSize(1280, 900);
        visit("/devenir-ambassadeur");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "screenshots", "become-fr-1280.png")));
    }
}
