package fr.ambassade.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sample template (tests only) rendered to PDF; its text read back with PDFBox. */
@IntegrationTest
class PdfRendererTest {

    @Autowired
    PdfRenderer renderer;

    @Autowired
    DestinationSettings settings;

    static Map<String, Object> sample(int rows) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Procès-verbal du comité de sélection — séance du 14 décembre");
        model.put("when", Instant.parse("2026-12-14T13:30:00Z"));
        model.put("place", "Maison du tourisme, salle « Les Vignes », Saint-Émilion");
        model.put("members", "Hélène Müller (présidente), Jérôme Lefèvre, Zoé O’Brien, Ana Évaluatrice");
        List<String[]> table = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            table.add(new String[] {
                "Gîte n°" + i + " « Les Œillets »",
                i % 3 == 0 ? "Ajournée" : i % 2 == 0 ? "Refusée" : "Acceptée",
                (60 + i % 40) + " %",
                "Accueil chaleureux ; circuit court vérifié ; tarif de 45 € par nuit, petit-déjeuner compris."
            });
        }
        model.put("rows", table);
        model.put(
                "paragraphs",
                List.of(
                        "Le comité a examiné les candidatures évaluées depuis la dernière séance. Les décisions et leurs motifs "
                                + "sont communiqués aux candidats dans leur langue ; les scores détaillés restent internes.",
                        "Prochaine séance : mars. Coût de la plaque : 12,50 €."));
        model.put("chair", "Hélène Müller");
        return model;
    }

    @Test
    void frenchAccentsEuroSignsAndTheDestinationReachThePdf() throws Exception {
        byte[] pdf = renderer.render("pdf/sample", Locale.FRENCH, sample(3));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines break where the page is full: compare with single spaces
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Procès-verbal du comité de sélection — séance du 14 décembre")
                    .contains("14 décembre 2026")
                    .contains("14:30")
                    .contains("Gîte n°1 « Les Œillets »")
                    .contains("45 € par nuit")
                    .contains("Coût de la plaque : 12,50 €.")
                    .contains("Zoé O’Brien")
                    .contains(settings.current().name())
                    .contains(settings.current().brandName())
                    .contains("1 / 1")
                    .doesNotContain("th:text");
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            List<String> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans-Bold")).anyMatch(f -> f.endsWith("DejaVuSans"));
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Procès-verbal");
        }
    }

    @Test
    void aLongDocumentIsNumberedOnEveryPage() throws Exception {
        byte[] pdf = renderer.render("pdf/sample", Locale.FRENCH, sample(40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                assertThat(text)
                        .contains(p + " / " + pages)
                        .contains(settings.current().brandName());
            }
            // the table's header is repeated on the following pages
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc)).contains("Candidature");
        }
        // for a look: target/pdf-sample.pdf (pdftoppm -png target/pdf-sample.pdf target/pdf-sample)
        Files.write(Path.of("target", "pdf-sample.pdf"), pdf);
    }

    @Test
    void withoutSettingsTheBrandIsNeutral() {
        assertThat(PdfBrand.NEUTRAL.accent()).isEqualTo("#1f4e79");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PdfBrand("a", "b", "red;}", "#ffffff", "#ffffff", "#000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.data.Offset<Float> within(float f) {
        return org.assertj.core.data.Offset.offset(f);
    }
}
