package fr.ambassade.providers.web;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Route;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on the back-office pages of the directory. The login page belongs to the accounts module, so the page
 * HTML is rendered for an authenticated staff member through MockMvc and served to the browser in place of the
 * document; stylesheets and scripts come from the running application.
 */
@IntegrationTest
class ProviderPagesAccessibilityTest extends BrowserTestSupport {

    static final RequestPostProcessor ADMIN = user("admin-a11y").roles("ADMIN", "ANIMATOR");

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    TransactionTemplate tx;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        page.route(u -> u.startsWith("https://tile.openstreetmap.org/"), Route::abort);
    }

    private void check(MockHttpServletRequestBuilder request, String servedAs) throws Exception {
        String html =
                mvc.perform(request.with(ADMIN)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
    }

    @Test
    void listWithFiltersIsAccessible() throws Exception {
        check(get("/admin/providers").param("q", "musee").param("category", "HERITAGE_SITE"), "/admin/providers?x=1");
        check(get("/admin/providers"), "/admin/providers");
    }

    @Test
    void providerPageWithMapIsAccessible() throws Exception {
        ProviderView p = providers
                .byExternalId(ExternalIdScheme.SOURCE_SYSTEM, "demo:ambassador")
                .orElseThrow();
        check(get("/admin/providers/" + p.id()), "/admin/providers/" + p.id());
        assertThat(page.locator("#provider-map.leaflet-container").count()).isEqualTo(1);
    }

    @Test
    void formsAreAccessibleIncludingWithErrors() throws Exception {
        check(get("/admin/providers/new"), "/admin/providers/new");
        check(
                post("/admin/providers")
                        .with(csrf())
                        .param("name", "")
                        .param("website", "ftp://x")
                        .param("latitude", "1"),
                "/admin/providers/new?errors");
        // with labels held: the vocabulary's group and the "other labels" group open, boxes ticked
        ProviderView p = tx.execute(s -> providers.save(aProvider()
                .named(unique("Gîte a11y"))
                .contact("Jeanne", "gérante")
                .label("kb:LabelRating_AccueilVelo", "Accueil Vélo")
                .label("csv:Bienvenue", "Bienvenue à la ferme")
                .build()));
        check(get("/admin/providers/" + p.id() + "/edit"), "/admin/providers/" + p.id() + "/edit");
        assertThat(page.locator("details[open] input[type=checkbox][name=labels]:checked")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void duplicatesMergeAndReindexPagesAreAccessible() throws Exception {
        ProviderView a = tx.execute(s ->
                providers.save(aProvider().named(unique("Musée de la Mine")).build()));
        ProviderView b = tx.execute(s ->
                providers.save(aProvider().named(unique("Musee de la mine")).build()));
        check(get("/admin/providers/duplicates"), "/admin/providers/duplicates");
        check(
                get("/admin/providers/merge").param("a", String.valueOf(a.id())).param("b", String.valueOf(b.id())),
                "/admin/providers/merge?a=1");
        check(get("/admin/providers/reindex"), "/admin/providers/reindex");
    }
}
