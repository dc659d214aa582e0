package fr.ambassade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.Memberships;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The back-office home shows the panel to the director (and animator, admin), a welcome to other staff. */
@IntegrationTest
class DashboardPageTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Memberships memberships;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    String page(MockHttpServletRequestBuilder request, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(
                                user(role.toLowerCase() + "@dashboard.test").roles(role))
                        .cookie(new Cookie("ambassade-lang", "fr")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDirectorSeesThePanelWithALinkBehindEachFigure() throws Exception {
        String html = page(get("/admin"), "DIRECTOR");
        long active = memberships.counts().get(MembershipStatus.ACTIVE);

        assertThat(html)
                .contains("Les valeurs du réseau", "La couverture du territoire", "Communes sans ambassadeur")
                .contains("href=\"/admin/memberships?status=ACTIVE\"")
                .contains("href=\"/admin/dashboard/ambassadors\"")
                .contains("href=\"/admin/dashboard/ambassadors?near=true\"")
                .contains("href=\"/admin/dashboard/communes?covered=true\"")
                .contains("href=\"/admin/dashboard/communes?covered=false\"")
                .contains("id=\"dashboard-map\"", "/js/dashboard-map.js")
                .contains("<span class=\"figure-value\">" + active + "</span>")
                .contains("des communes ont au moins un ambassadeur actif")
                .doesNotContain("Choisissez une rubrique dans le menu.");
        // the territory of the tests has communes, so the list of uncovered ones is there without JavaScript
        assertThat(html).containsPattern("<li data-code=\"\\d[0-9AB]\\d{3}\"");
    }

    @Test
    void otherStaffGetTheWelcomeOnly() throws Exception {
        for (String role : new String[] {"COUNSELOR", "EDITOR"}) {
            String html = page(get("/admin"), role);
            assertThat(html)
                    .as(role)
                    .contains("Choisissez une rubrique dans le menu.")
                    .doesNotContain("Les valeurs du réseau", "dashboard-map", "/admin/dashboard/");
        }
        assertThat(page(get("/admin"), "ANIMATOR")).contains("Les valeurs du réseau");
    }

    @Test
    void thePanelIsInEnglishWithEnglishNumbers() throws Exception {
        String html = mvc.perform(get("/admin")
                        .with(user("director@dashboard.test").roles("DIRECTOR"))
                        .cookie(new Cookie("ambassade-lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("The network&#39;s values", "of the communes have at least one active ambassador");
    }

    @Test
    void theListsBehindTheFiguresOpenAndIgnoreUnreadableFilters() throws Exception {
        assertThat(page(get("/admin/dashboard/ambassadors").param("near", "true"), "DIRECTOR"))
                .contains("Ambassadeurs actifs", "À 5\u00a0points ou moins du seuil");
        assertThat(page(get("/admin/dashboard/ambassadors").param("cohort", "2024"), "ANIMATOR"))
                .contains("Promotion 2024");
        assertThat(page(get("/admin/dashboard/ambassadors").param("cohort", "abc"), "DIRECTOR"))
                .contains("ambassadeur(s)")
                .doesNotContain("Promotion abc");
        String communes = page(get("/admin/dashboard/communes").param("covered", "false"), "DIRECTOR");
        assertThat(communes).contains("Communes du territoire et ambassadeurs", "commune(s)");
        assertThat(page(get("/admin/dashboard/communes").param("covered", "maybe"), "ADMIN"))
                .contains("commune(s)");
    }
}
