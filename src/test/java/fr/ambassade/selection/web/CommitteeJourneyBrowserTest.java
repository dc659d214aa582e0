package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.CommitteeWebFixture;
import fr.ambassade.selection.domain.CommitteeWebFixture.Evaluated;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The director's committee journey in the browser, axe-core on every page: a new session → an evaluated application
 * (and a second one) on its agenda → an acceptance and a decline with feedback → the minutes downloaded.
 */
@IntegrationTest
class CommitteeJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    CommitteeWebFixture fixture;

    private void shot(String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target", name)).setFullPage(true));
    }

    @Test
    void theDirectorHoldsACommitteeAndDownloadsItsMinutes() throws Exception {
        Evaluated first = fixture.evaluated("Gîte du parcours");
        Evaluated second = fixture.evaluated("Ferme du parcours");
        loginAs("director@demo.ambassade.test", "demo-ambassade");

        visit("/admin/committees");
        page.locator("a[href='/admin/committees/new']").click();
        page.waitForLoadState();
        checkAccessibility();
        page.locator("#heldOn").fill(LocalDate.now().plusDays(1).toString());
        page.locator("#startsAt").fill("14:30");
        page.locator("#place").fill("Salle du parcours");
        page.locator("input[name=members]").first().check();
        page.locator("#externalMembers").fill("Mme l’Élue du parcours");
        page.locator("main form [type=submit]").first().click();
        page.waitForLoadState();
        checkAccessibility();
        String sessionUrl = page.url();
        assertThat(page.content()).contains("Salle du parcours");

        for (Evaluated a : new Evaluated[] {first, second}) {
            page.locator("button[aria-label*='" + a.establishment() + "']").click();
            page.waitForLoadState();
            checkAccessibility();
        }
        assertThat(fixture.application(first.id()).state()).isEqualTo(ApplicationState.IN_COMMITTEE);
        shot("committee-preparation.png");

        page.locator("a[href$='/decisions/" + first.id() + "']").click();
        page.waitForLoadState();
        checkAccessibility();
        page.locator("input[name=decision][value=ACCEPTED]").check();
        page.locator("#reasons").fill("Un accueil qui porte les valeurs");
        page.locator("main form [type=submit]").last().click();
        page.waitForLoadState();
        checkAccessibility();

        page.locator("a[href$='/decisions/" + second.id() + "']").click();
        page.waitForLoadState();
        page.locator("input[name=decision][value=DECLINED]").check();
        page.locator("#reasons").fill("Engagement local encore trop faible");
        page.locator("textarea[name^=feedback]").first().fill("Faites découvrir vos voisins producteurs");
        shot("committee-decision.png");
        page.locator("main form [type=submit]").last().click();
        page.waitForLoadState();
        checkAccessibility();
        assertThat(page.url()).isEqualTo(sessionUrl);
        assertThat(fixture.application(first.id()).state()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(fixture.application(second.id()).state()).isEqualTo(ApplicationState.DECLINED);
        shot("committee-decided.png");

        APIResponse minutes = page.request().get(sessionUrl + "/minutes.pdf");
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(minutes.headers().get("content-type")).startsWith("application/pdf");
        byte[] pdf = minutes.body();
        Files.write(Path.of("target", "committee-minutes-journey.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Procès-verbal du comité de sélection")
                    .contains(first.establishment())
                    .contains("Acceptée")
                    .contains("Un accueil qui porte les valeurs")
                    .contains("Refusée")
                    .contains("Engagement local encore trop faible")
                    .contains("Mme l’Élue du parcours (extérieur)");
        }
    }
}
