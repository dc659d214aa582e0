package fr.ambassade.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Route;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The back-office map draws the territory's outlines under the real CSP. The page is rendered for a
 * counselor through MockMvc (no login form to go through in this module) and served to the browser at its
 * real address, with its real headers; scripts, styles and the GeoJSON come from the running server.
 */
@IntegrationTest
class TerritoryMapBrowserTest extends BrowserTestSupport {

    // a 1×1 transparent PNG, so that tiles never leave the machine
    static final byte[] TILE = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    static final String HTMX_INDICATOR_STYLE_HASH = "faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk=";

    @Autowired
    WebApplicationContext context;

    @Test
    void drawsTheOutlinesOfTheTerritory() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MockHttpServletResponse rendered = mvc.perform(
                        get("/admin/territory").with(user("counselor").roles("COUNSELOR")))
                .andReturn()
                .getResponse();
        String html = rendered.getContentAsString(StandardCharsets.UTF_8);
        String csp = rendered.getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'");

        page.route(
                "https://tile.openstreetmap.org/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("image/png")
                        .setBodyBytes(TILE)));
        page.route(
                url("/admin/territory"),
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setHeaders(Map.of("Content-Type", "text/html;charset=UTF-8", "Content-Security-Policy", csp))
                        .setBody(html)));
        java.util.List<String> cspViolations = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            // htmx's own indicator <style> (layout, not this page) is refused too; it is harmless here
            if (m.text().contains("Content Security Policy") && !m.text().contains(HTMX_INDICATOR_STYLE_HASH)) {
                cspViolations.add(m.text());
            }
        });

        page.navigate(url("/admin/territory"));
        page.locator("#territory-map path.leaflet-interactive").first().waitFor();

        assertThat(page.locator("#territory-map path.leaflet-interactive").count())
                .isEqualTo(100);
        assertThat(page.locator("#territory-map").isVisible()).isTrue();
        assertThat(cspViolations).isEmpty();
        checkAccessibility();
    }
}
