package fr.ambassade.providers.importing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.ambassade.providers.importing.TestFlows;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff upload a flow, watch its progress, read the report and find an imported provider with a misspelt search.
 * Needs the login page of the accounts module and the directory pages of the providers back office.
 */
@IntegrationTest
class ImportJourneyBrowserTest extends BrowserTestSupport {

    @TempDir
    Path tmp;

    @Test
    void animatorImportsAFlowAndFindsAProvider() throws Exception {
        String villandry = TestFlows.withName(
                TestFlows.fresh(TestFlows.object2020(TestFlows.VILLANDRY)),
                "Château et Jardins de Villandry",
                "Château et Jardins de Villandry Parcours");
        Path zip = TestFlows.zip(
                tmp.resolve("flux-villandry.zip"),
                TestFlows.flow(
                        TestFlows.context2020(),
                        villandry,
                        TestFlows.object2020("3/3a/15-3a2ee9c3-f231-3221-91e3-d3153b89ee6a.json")));

        loginAs("animator@demo.ambassade.test", "demo-ambassade");
        visit("/admin/imports");
        page.getByLabel("Fichier à importer").setInputFiles(zip);
        page.getByLabel("Importer toutes les communes").check();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Lancer l'import"))
                .click();
        page.waitForURL(Pattern.compile(".*/admin/imports/\\d+"));
        checkAccessibility();

        // htmx polls the progress block until the run is over
        assertThat(page.locator("#import-progress"))
                .containsText(
                        "Terminé",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(60_000));
        assertThat(page.locator("#import-progress")).containsText("Créés");
        // a run that ended before the page was first drawn shows its report at once; otherwise the link loads it
        if (page.getByText("Voir le rapport").count() > 0) {
            page.getByText("Voir le rapport").click();
            checkAccessibility();
        }
        assertThat(page.locator("table")).containsText("Circuit des pas pressés");
        Download download = page.waitForDownload(
                () -> page.getByText("Télécharger le rapport (CSV)").click());
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(report).contains("Circuit des pas pressés");

        // the directory finds it despite a typo
        visit("/admin/providers?q=Vilandry+parcour");
        assertThat(page.locator("main")).containsText("Château et Jardins de Villandry Parcours");
    }
}
