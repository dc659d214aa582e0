package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A visitor becomes a candidate: signs up, verifies the address through the e-mailed link, signs in, starts an
 * application, adds a new establishment, saves the draft, is refused an incomplete submission, completes and submits
 * it with a photo (refused without its description, then added), then follows its state (axe-core on every page;
 * screenshots at 375 px and on a desktop). The staff invitation and the rest of the selection:
 * {@link SelectionJourneyBrowserTest}.
 */
@IntegrationTest
class CandidateJourneyTest extends BrowserTestSupport {

    static final Path SHOTS = Path.of("target", "screenshots", "candidate");

    @Autowired
    ApplicationContext application;

    @Autowired
    DestinationSettings settings;

    void shoot(String name) {
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + "-375.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
    }

    @Test
    void aVisitorSignsUpVerifiesAndSubmitsAnApplicationForANewEstablishment() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
        String password = "a candidate passphrase";

        visit("/espace/candidature");
        shoot("01-welcome");
        page.locator("main a[href='/espace/inscription']").click();
        page.waitForURL("**/espace/inscription");
        checkAccessibility();
        page.getByLabel("Nom et prénom").fill("Camille Journée");
        page.getByLabel("Adresse e-mail").fill(email);
        // Dutch e-mails; the space itself stays French (it speaks French or English)
        page.getByLabel("Nederlands").check();
        page.locator("#password").fill(password);
        page.locator("#confirmation").fill(password);
        shoot("02-signup");
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").textContent()).contains(email);
        checkAccessibility();

        String mail = new TestMailbox(application).lastText(email);
        Matcher link = Pattern.compile("https?://[^/\\s]+(/espace/inscription/verification\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        visit(link.group(1));
        page.getByLabel("Le mot de passe choisi à la création du compte").fill(password);
        shoot("03-verify");
        page.locator("main form [type=submit]").click();
        page.waitForURL("**/login");
        checkAccessibility();

        loginAs(email, password);
        assertThat(page.url()).endsWith("/espace");
        checkAccessibility();
        page.locator("main a[href='/espace/candidature']").click();
        page.waitForURL("**/espace/candidature");
        checkAccessibility();
        shoot("04-home");
        page.locator("main form[action='/espace/candidature/nouvelle'] [type=submit]")
                .last()
                .click();
        page.waitForURL(Pattern.compile(".*/espace/candidature/\\d+$"));
        checkAccessibility();
        String fileUrl = page.url();

        // an incomplete submission: each missing field is named beside it, what was typed is kept
        page.getByLabel("Votre motivation").fill("Partager le bassin minier avec nos hôtes");
        page.locator("button[value=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#providerId-error").textContent()).contains("Indiquez votre établissement");
        assertThat(page.getByLabel("Votre motivation").inputValue()).contains("bassin minier");
        checkAccessibility();
        shoot("05-incomplete");

        page.locator("main a[href$='/etablissement']").click();
        page.waitForURL("**/etablissement");
        checkAccessibility();
        page.locator("#search-name").fill("Gîte introuvable " + UUID.randomUUID());
        page.locator("#search-commune").selectOption("62119");
        page.locator("form.search-form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#no-result").isVisible()).isTrue();
        checkAccessibility();
        page.locator("#name")
                .fill("Gîte du Journey " + UUID.randomUUID().toString().substring(0, 4));
        page.locator("#category").selectOption("ACCOMMODATION");
        page.locator("#communeCode").selectOption("62119");
        page.locator("#website").fill("https://gite.example");
        shoot("06-establishment");
        page.locator("form[action$='/etablissement/nouveau'] [type=submit]").click();
        page.waitForURL(fileUrl);
        checkAccessibility();
        assertThat(page.locator("#establishment").textContent()).contains("Gîte du Journey");

        for (BrandValue v : settings.values()) {
            page.locator("textarea[name='selfAssessment[" + v.code() + "]']").fill("Au quotidien : " + v.code());
        }
        page.locator("button[value=save]").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").first().textContent()).contains("Brouillon enregistré");
        checkAccessibility();

        // a photo: refused without its description (the error beside the field), then added
        Path photo = SHOTS.resolve("terrasse.jpg");
        writePhoto(photo);
        page.locator("#file").setInputFiles(photo);
        page.locator("#photo-form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#altText-error").textContent()).contains("Décrivez la photo");
        checkAccessibility();
        page.locator("#file").setInputFiles(photo);
        page.getByLabel("Description de la photo").fill("La terrasse au soleil couchant");
        page.locator("#photo-form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").first().textContent()).contains("Photo ajoutée");
        assertThat(page.locator(".photo-list img[alt='La terrasse au soleil couchant']")
                        .evaluate("img => img.complete && img.naturalWidth"))
                .isEqualTo(320);
        checkAccessibility();
        shoot("06-photo");

        page.locator("button[value=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").first().textContent()).contains("Votre candidature est déposée");
        assertThat(page.locator("p.state").textContent()).contains("Déposée");
        assertThat(page.locator("ol.timeline li").count()).isEqualTo(2);
        assertThat(page.locator("#photos img[alt='La terrasse au soleil couchant']")
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("#photo-form").count()).isZero();
        checkAccessibility();
        shoot("07-submitted");
    }

    static void writePhoto(Path path) {
        try {
            java.nio.file.Files.createDirectories(path.getParent());
            java.nio.file.Files.write(path, fr.ambassade.selection.domain.TestImages.jpeg(1200, 800));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
