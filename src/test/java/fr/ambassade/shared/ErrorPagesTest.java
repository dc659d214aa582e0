package fr.ambassade.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class ErrorPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    fr.ambassade.shared.i18n.LanguagePrefixFilter languagePrefixFilter;

    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(languagePrefixFilter)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void homePageIsServedInEachLanguageFromTheUrlPrefix() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"fr\"")));
        mvc.perform(get("/en/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
        mvc.perform(get("/nl/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"nl\"")));
        mvc.perform(get("/nl/")).andExpect(content().string(org.hamcrest.Matchers.containsString("hreflang=\"en\"")));
    }

    @Test
    void forbiddenPageIsShownWithoutStackTraceOverRealHttp() throws Exception {
        // a logged-in user without the role: 403 page rendered by the real error dispatch
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/en/definitely-not-here"))
                        .header("Accept", "text/html")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at fr.ambassade");
    }

    @Test
    void apiErrorsAreProblemJson() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/v1/definitely-not-here"))
                        .header("Accept", "application/json")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isIn(401, 404);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> org.assertj.core.api.Assertions.assertThat(v)
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }
}
