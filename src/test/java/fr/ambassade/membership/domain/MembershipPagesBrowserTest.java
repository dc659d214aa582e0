package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on the memberships list, a membership's page with the director's actions, and the charter signature page
 * (also refused), rendered for the signed-in user through MockMvc and served to the browser in place of the document.
 */
@IntegrationTest
class MembershipPagesBrowserTest extends BrowserTestSupport {

    static final RequestPostProcessor DIRECTOR = user("director-a11y").roles("DIRECTOR");

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    Memberships memberships;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private void check(MockHttpServletRequestBuilder request, RequestPostProcessor as, String servedAs, String shot)
            throws Exception {
        String html =
                mvc.perform(request.with(as)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String target = url(servedAs);
        page.route(
                u -> u.equals(target),
                r -> r.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html;charset=utf-8")
                        .setBody(html)));
        page.navigate(target);
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots/membership-" + shot + ".png")));
        checkAccessibility();
    }

    @Test
    void theMembershipsListAndAMembershipPageAreAccessible() throws Exception {
        check(get("/admin/memberships"), DIRECTOR, "/admin/memberships", "list");
        check(
                get("/admin/memberships").param("status", "ACTIVE"),
                DIRECTOR,
                "/admin/memberships?status=ACTIVE",
                "list-active");
        long id = memberships.live().get(0).id();
        check(get("/admin/memberships/" + id), DIRECTOR, "/admin/memberships/" + id, "show");
        check(
                post("/admin/memberships/" + id + "/suspend")
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", ""),
                DIRECTOR,
                "/admin/memberships/" + id + "?refused",
                "show-refused");
    }

    @Test
    void theCharterSignaturePageIsAccessibleAlsoWhenRefused() throws Exception {
        long provider = fixtures.provider("Ferme de la Signature", NetworkStatus.CANDIDATE);
        AccountView a = fixtures.manager("Jeanne Signataire", Locale.FRENCH, provider);
        RequestPostProcessor as = user(a.email()).roles("PROVIDER");
        fixtures.decide(ApplicationKind.NEW, ApplicationState.ACCEPTED, provider, a.id());
        await().until(() -> mvc.perform(get("/espace/adhesion/" + provider).with(as))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                == 200);
        check(get("/espace/adhesion"), as, "/espace/adhesion", "space-tasks");
        check(get("/espace/adhesion/" + provider), as, "/espace/adhesion/" + provider, "sign");
        check(
                post("/espace/adhesion/" + provider)
                        .with(csrf())
                        .param("charterVersion", "1")
                        .param("language", "fr")
                        .param("fullName", "Quelqu'un d'autre"),
                as,
                "/espace/adhesion/" + provider + "?refused",
                "sign-refused");
        assertThat(page.content()).contains("Le nom saisi n’est pas celui de votre compte.");
    }

    @Test
    void theRenewalPageIsAccessible() throws Exception {
        long provider = fixtures.provider("Ferme du Renouvellement", NetworkStatus.AMBASSADOR);
        AccountView a = fixtures.manager("Paul Renouvelle", Locale.FRENCH, provider);
        fixtures.membership(provider, java.time.LocalDate.now().plusDays(60).minusMonths(36), 36);
        RequestPostProcessor as = user(a.email()).roles("PROVIDER");
        check(get("/espace/renouvellement"), as, "/espace/renouvellement", "space-renewal");
        assertThat(page.content()).contains("Commencer le renouvellement de");
    }
}
