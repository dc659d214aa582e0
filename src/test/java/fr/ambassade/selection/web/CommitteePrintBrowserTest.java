package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.Media;
import fr.ambassade.selection.domain.CommitteeSessionView;
import fr.ambassade.selection.domain.CommitteeWebFixture;
import fr.ambassade.selection.domain.CommitteeWebFixture.Evaluated;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The committee's preparation page printed by the browser: navigation, forms and buttons hidden, a first page with the
 * session, then one page per application of the agenda; criterion means written in the reader's language.
 */
@IntegrationTest
class CommitteePrintBrowserTest extends BrowserTestSupport {

    @Autowired
    CommitteeWebFixture fixture;

    @Test
    void thePreparationPagePrintsOnePagePerApplicationWithoutTheScreenParts() throws Exception {
        Evaluated first = fixture.evaluated("Gîte imprimé");
        Evaluated second = fixture.evaluated("Ferme imprimée");
        CommitteeSessionView session = fixture.session(3, fixture.staff(Role.ANIMATOR), "M. l’Adjoint imprimé");
        fixture.putOnAgenda(session.id(), first);
        fixture.putOnAgenda(session.id(), second);
        loginAs("director@demo.ambassade.test", "demo-ambassade");

        String path = "/admin/committees/" + session.id();
        visit(path);
        checkAccessibility();
        String main = page.locator("main").innerText();
        assertThat(main).contains("3,00").doesNotContain("3.00");
        assertThat(page.locator("main form").count()).isPositive();
        assertThat(page.locator("nav").first().isVisible()).isTrue();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("nav").first().isVisible()).isFalse();
        for (int i = 0; i < page.locator("main form").count(); i++) {
            assertThat(page.locator("main form").nth(i).isVisible()).isFalse();
        }
        for (int i = 0; i < page.locator("main button").count(); i++) {
            assertThat(page.locator("main button").nth(i).isVisible()).isFalse();
        }
        Object breaks = page.evaluate(
                "() => [...document.querySelectorAll('.agenda-item')].map(e => getComputedStyle(e).breakBefore)");
        assertThat((List<?>) breaks).hasSize(2).allMatch("page"::equals);

        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        Files.write(Path.of("target", "committee-preparation-print.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(pageText(doc, stripper, 1)).contains("M. l’Adjoint imprimé");
            assertThat(pageText(doc, stripper, 2))
                    .contains(first.establishment())
                    .doesNotContain(second.establishment());
            assertThat(pageText(doc, stripper, 3)).contains(second.establishment());
        }

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        BrowserContext ctx = page.context();
        ctx.addCookies(List.of(new Cookie("ambassade-lang", "en").setUrl(url("/"))));
        visit(path);
        assertThat(page.locator("main").innerText()).contains("3.00").doesNotContain("3,00");
    }

    private static String pageText(PDDocument doc, PDFTextStripper stripper, int number) throws Exception {
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
