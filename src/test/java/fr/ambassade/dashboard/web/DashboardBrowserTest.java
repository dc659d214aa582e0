package fr.ambassade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The director's panel under the real CSP, with axe-core: rendered for a director through MockMvc, served to the
 * browser at its address with its headers; the script, Leaflet and the GeoJSON come from the running server, tiles are
 * answered locally.
 */
@IntegrationTest
class DashboardBrowserTest extends BrowserTestSupport {

    static final byte[] TILE = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    static final String HTMX_INDICATOR_STYLE_HASH = "faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk=";

    @Autowired
    WebApplicationContext context;

    @Test
    void thePanelDrawsTheUncoveredCommunesAndIsAccessible() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MockHttpServletResponse rendered = mvc.perform(
                        get("/admin").with(user("director-dashboard").roles("DIRECTOR")))
                .andReturn()
                .getResponse();
        String html = rendered.getContentAsString(StandardCharsets.UTF_8);
        String csp = rendered.getHeader("Content-Security-Policy");

        page.route(
                "https://tile.openstreetmap.org/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("image/png")
                        .setBodyBytes(TILE)));
        page.route(
                url("/admin"),
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setHeaders(Map.of("Content-Type", "text/html;charset=UTF-8", "Content-Security-Policy", csp))
                        .setBody(html)));
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") && !m.text().contains(HTMX_INDICATOR_STYLE_HASH)) {
                cspViolations.add(m.text());
            }
        });

        page.navigate(url("/admin"));
        page.locator("#dashboard-map path.leaflet-interactive").first().waitFor();

        int uncovered = page.locator("#uncovered-communes li").count();
        assertThat(uncovered).isPositive();
        // every uncovered commune of the list is drawn (the outlines of the others are drawn, not interactive)
        assertThat(page.locator("#dashboard-map path.leaflet-interactive").count())
                .isEqualTo(uncovered);
        assertThat(page.locator("#dashboard-map").isVisible()).isTrue();
        assertThat(cspViolations).isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/dashboard-home.png")));
        checkAccessibility();
    }
}
