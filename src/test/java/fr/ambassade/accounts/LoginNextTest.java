package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.PasswordTokens;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A set-password link may carry {@code next}: a local path the user reaches after the login (set-password form →
 * login form → there). Another site is dropped at every step (no open redirect).
 */
@IntegrationTest
class LoginNextTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordTokens tokens;

    @Autowired
    TransactionTemplate tx;

    MockMvc mvc;
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        accounts = new TestAccounts(fixtures, encoder);
    }

    MockHttpServletResponse setPassword(String token, String next) throws Exception {
        return mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("next", next)
                        .param("password", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase")
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse login(AccountView account, String password, String next) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", account.email())
                        .param("password", password)
                        .param("next", next)
                        .with(csrf())
                        .with(TestAccounts.fromOwnAddress()))
                .andReturn()
                .getResponse();
    }

    @Test
    void aLocalNextTravelsFromTheLinkThroughTheLoginToItsPage() throws Exception {
        AccountView account = accounts.create(Role.PROVIDER);
        String token = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.INVITE));
        String form = mvc.perform(
                        get("/password/reset").param("token", token).param("next", "/espace/candidature/invitation"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"next\"").contains("value=\"/espace/candidature/invitation\"");

        assertThat(setPassword(token, "/espace/candidature/invitation").getRedirectedUrl())
                .isEqualTo("/login?next=%2Fespace%2Fcandidature%2Finvitation");
        String loginPage = mvc.perform(get("/login").param("next", "/espace/candidature/invitation"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(loginPage).contains("type=\"hidden\" name=\"next\" value=\"/espace/candidature/invitation\"");
        assertThat(login(account, "a brand new passphrase", "/espace/candidature/invitation")
                        .getRedirectedUrl())
                .isEqualTo("/espace/candidature/invitation");
        // a wrong password keeps the destination for the next try
        assertThat(login(account, "not the passphrase", "/espace/candidature/invitation")
                        .getRedirectedUrl())
                .isEqualTo("/login?error&next=%2Fespace%2Fcandidature%2Finvitation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/login", "//evil.example", "/\\evil.example", "javascript:alert(1)"})
    void anotherSiteIsRefusedAtEveryStep(String evil) throws Exception {
        AccountView account = accounts.create(Role.PROVIDER);
        String token = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.INVITE));
        String form = mvc.perform(get("/password/reset").param("token", token).param("next", evil))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("name=\"password\"")
                .doesNotContain("name=\"next\"")
                .doesNotContain("evil");

        assertThat(setPassword(token, evil).getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(get("/login").param("next", evil))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("name=\"next\"")
                .doesNotContain("evil");
        assertThat(login(account, "a brand new passphrase", evil).getRedirectedUrl())
                .isEqualTo("/espace");
        assertThat(login(account, "not the passphrase", evil).getRedirectedUrl())
                .isEqualTo("/login?error");
    }
}
