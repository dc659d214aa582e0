package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.Browser;
import fr.ambassade.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Session fixation, CSRF and the security headers, as a browser meets them. */
@IntegrationTest
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        accounts = new TestAccounts(fixtures, encoder);
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        Browser browser = new Browser(port);
        String token = browser.csrfTokenOf("/login");
        String before = browser.sessionId();
        assertThat(before)
                .as("a session exists before login (it holds the CSRF token)")
                .isNotNull();

        HttpResponse<String> login = browser.postForm(
                "/login",
                "username=" + Browser.encode(account.email()) + "&password=" + Browser.encode(TestAccounts.PASSWORD)
                        + "&_csrf=" + Browser.encode(token));

        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/admin").statusCode())
                .as("signed in with the new id")
                .isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithTheForbiddenPage() throws Exception {
        Browser browser = new Browser(port);
        browser.get("/password/forgot");

        HttpResponse<String> refused = browser.postForm("/password/forgot", "email=someone%40example.org");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé");
        String token = browser.csrfTokenOf("/password/forgot");
        assertThat(browser.postForm("/password/forgot", "email=someone%40example.org&_csrf=" + Browser.encode(token))
                        .statusCode())
                .isNotEqualTo(403);
    }

    @Test
    void aSignedInUsersFormWithoutTokenOrWithAForgedOneIsRefused() throws Exception {
        Browser admin = Browser.signIn(port, accounts.create(Role.ADMIN).email(), TestAccounts.PASSWORD);

        assertThat(admin.postForm("/admin/users/new", "email=x%40example.org&displayName=X")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.postForm("/admin/users/new", "email=x%40example.org&displayName=X&_csrf=forged")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCsrfTokenOfAMultipartFormIsNotReadFromItsBody() throws Exception {
        MockMultipartFile logo = new MockMultipartFile("logo", "logo.png", "image/png", new byte[] {1, 2, 3});
        // csrf() puts the token among the form fields: a multipart body is never parsed for it
        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(logo)
                        .with(csrf())
                        .with(user("director@web.test").roles("DIRECTOR")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(logo)
                        .with(csrf().asHeader())
                        .with(user("director@web.test").roles("DIRECTOR")))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/en/", "/admin", "/no-such-page"})
    void everyPageCarriesTheSecurityHeaders(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("counselor@web.test").roles("COUNSELOR")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "base-uri 'self'",
                        "form-action 'self'");
        assertThat(csp).as("no inline script or style, no eval").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void backOfficePagesAreNotCached() throws Exception {
        mvc.perform(get("/admin").with(user("counselor@web.test").roles("COUNSELOR")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void pagesHoldNoInlineScript() throws Exception {
        for (String path : new String[] {"/login", "/password/forgot", "/"}) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(html)
                    .as(path)
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"");
        }
    }
}
