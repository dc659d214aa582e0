package fr.ambassade.selection.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import fr.ambassade.selection.domain.SelectionWebFixture;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on the application queue, rendered for a staff member through MockMvc and served to the browser in place
 * of the document (as {@code ProviderPagesAccessibilityTest}); a screenshot is written to {@code target/}.
 */
@IntegrationTest
class ApplicationQueueAccessibilityTest extends BrowserTestSupport {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    SelectionWebFixture fixture;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private void check(MockHttpServletRequestBuilder request, String servedAs, String screenshot) throws Exception {
        String html = mvc.perform(request.with(user("animator-a11y").roles("ANIMATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String target = url(servedAs);
        page.route(
                u -> u.equals(target),
                r -> r.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html;charset=utf-8")
                        .setBody(html)));
        page.navigate(target);
        page.waitForLoadState();
        checkAccessibility();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", screenshot))
                .setFullPage(true));
    }

    @Test
    void theQueueIsAccessible() throws Exception {
        fixture.submittedApplicationOf("Gîte accessible");
        fixture.draftOf("Estaminet accessible");
        check(get("/admin/applications"), "/admin/applications", "selection-queue.png");
        check(
                get("/admin/applications").param("state", "SUBMITTED").param("kind", "BOGUS"),
                "/admin/applications?state=SUBMITTED",
                "selection-queue-filtered.png");
    }
}
