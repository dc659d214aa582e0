package fr.ambassade.providers.importing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.ambassade.providers.importing.ImportKind;
import fr.ambassade.providers.importing.ImportRuns;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on the import pages, and the live progress with JavaScript (htmx polling). The login page belongs to the
 * accounts module, so pages are rendered for a staff member through MockMvc and served to Chromium in place of the
 * documents (including each polled progress block); scripts and styles come from the running application.
 */
@IntegrationTest
class ImportPagesBrowserTest extends BrowserTestSupport {

    static final RequestPostProcessor ANIMATOR = user("animator-browser").roles("ANIMATOR");

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    ImportRuns runs;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private String render(String path) {
        try {
            return mvc.perform(get(path).with(ANIMATOR))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves the application's page at {@code path}, rendered for staff at each request. */
    private void serve(String path) {
        String target = url(path);
        page.route(
                u -> u.equals(target),
                r -> r.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html;charset=utf-8")
                        .setBody(render(path))));
    }

    @Test
    void theListIsAccessible() {
        serve("/admin/imports");
        page.navigate(url("/admin/imports"));
        checkAccessibility();
        assertThat(page.locator("h1")).hasText("Imports de prestataires");
    }

    @Test
    void theProgressIsLiveWithJavaScriptAndTheFinishedPageAccessible() {
        long id = runs.start(ImportKind.DATATOURISME, "live.zip", null, true, "test", null);
        try {
            runs.total(id, 400);
            String detail = "/admin/imports/" + id;
            serve(detail);
            serve(detail + "/progress");
            page.navigate(url(detail));
            checkAccessibility();
            assertThat(page.locator("#import-progress")).containsText("En cours");
            assertThat(page.locator("#import-progress")).containsText("0 fiches traitées sur 400");

            runs.progress(id, countsOf(200), java.util.List.of());
            assertThat(page.locator("#import-progress"))
                    .containsText(
                            "200 fiches traitées sur 400 (50 %)",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            runs.progress(id, countsOf(200), java.util.List.of());
            runs.complete(id);
            assertThat(page.locator("#import-progress"))
                    .containsText("Terminé", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            // polling stopped: the block has no trigger any more
            assertThat(page.locator("#import-progress")).not().hasAttribute("hx-trigger", "every 2s");
            checkAccessibility();
        } finally {
            runs.complete(id);
        }
    }

    private static ImportRuns.Counts countsOf(int unchanged) {
        return ImportRuns.Counts.of(unchanged, 0, 0, unchanged, 0, 0);
    }
}
