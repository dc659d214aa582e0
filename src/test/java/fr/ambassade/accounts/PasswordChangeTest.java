package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.PasswordTokens;
import fr.ambassade.shared.i18n.AmbassadeLocaleResolver;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** A password change or reset ends the user's other sessions; the change is the signed-in user's own page. */
@IntegrationTest
class PasswordChangeTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

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

    /** Logs in through the real form (each session from its own address, so throttling never interferes). */
    MockHttpSession signIn(AccountView account, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String from = "10.81.0." + ADDRESSES.getAndIncrement();
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .session(session)
                        .param("username", account.email())
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as("login of " + account.email())
                .doesNotContain("error", "locked");
        return session;
    }

    int status(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    MockHttpServletResponse change(MockHttpSession session, String current, String password, String confirmation)
            throws Exception {
        return change(session, "fr", current, password, confirmation);
    }

    MockHttpServletResponse change(
            MockHttpSession session, String language, String current, String password, String confirmation)
            throws Exception {
        return mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .cookie(new Cookie(AmbassadeLocaleResolver.COOKIE, language))
                        .param("currentPassword", current)
                        .param("password", password)
                        .param("confirmation", confirmation))
                .andReturn()
                .getResponse();
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        MockHttpSession here = signIn(account, TestAccounts.PASSWORD);
        MockHttpSession elsewhere = signIn(account, TestAccounts.PASSWORD);
        assertThat(status(elsewhere, "/admin")).isEqualTo(200);
        String idBefore = here.getId();

        MockHttpServletResponse response = change(here, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(response.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(encoder.matches(NEW_PASSWORD, accounts.passwordHash(account)))
                .isTrue();
        assertThat(status(here, "/admin"))
                .as("the session that changed the password stays signed in")
                .isEqualTo(200);
        assertThat(here.getId()).as("under a new session id").isNotEqualTo(idBefore);
        MockHttpServletResponse other =
                mvc.perform(get("/admin").session(elsewhere)).andReturn().getResponse();
        assertThat(other.getRedirectedUrl()).as("the other session ends").endsWith("/login");
        assertThat(elsewhere.isInvalid()).isTrue();
        // and the new password is the one that logs in
        assertThat(status(signIn(account, NEW_PASSWORD), "/admin")).isEqualTo(200);
    }

    @Test
    void theChangeIsAuditedWithoutAnySecret() throws Exception {
        AccountView account = accounts.create(Role.COUNSELOR);
        change(signIn(account, TestAccounts.PASSWORD), TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        String entry = jdbc.queryForObject(
                "select coalesce(actor, '') || ' ' || actor_account_id || ' ' || action || ' ' "
                        + "|| coalesce(reason, '') || ' ' || changes::text "
                        + "from audit_entry where object_type = 'Account' and object_id = ? and action = 'PASSWORD_CHANGED'",
                String.class,
                String.valueOf(account.id()));
        assertThat(jdbc.queryForObject(
                        "select actor_account_id from audit_entry where object_type = 'Account' "
                                + "and object_id = ? and action = 'PASSWORD_CHANGED'",
                        Long.class,
                        String.valueOf(account.id())))
                .as("the user changed it themselves")
                .isEqualTo(account.id());
        assertThat(entry)
                .contains("PASSWORD_CHANGED")
                .doesNotContain(NEW_PASSWORD, TestAccounts.PASSWORD, "$2a$", "{bcrypt}");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
        AccountView account = accounts.create(Role.PROVIDER);
        MockHttpSession here = signIn(account, TestAccounts.PASSWORD);
        MockHttpSession elsewhere = signIn(account, TestAccounts.PASSWORD);

        MockHttpServletResponse response = change(here, "not my password", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html)
                .contains("Le mot de passe actuel est incorrect.")
                .doesNotContain(NEW_PASSWORD, "not my password");
        assertThat(encoder.matches(TestAccounts.PASSWORD, accounts.passwordHash(account)))
                .isTrue();
        assertThat(status(elsewhere, "/espace")).as("no session ends").isEqualTo(200);
    }

    @Test
    void theNewPasswordFollowsTheRulesOfAResetInEnglishToo() throws Exception {
        AccountView account = accounts.create(Role.RESIDENT);
        MockHttpSession here = signIn(account, TestAccounts.PASSWORD);

        String tooShort =
                change(here, "en", TestAccounts.PASSWORD, "short", "short").getContentAsString();
        String mismatch = change(here, "en", TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")
                .getContentAsString();

        assertThat(tooShort)
                .contains("The password must have at least 12 characters.")
                .doesNotContain("value=\"short\"");
        assertThat(mismatch).contains("The two passwords are not the same.").doesNotContain(NEW_PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, accounts.passwordHash(account)))
                .isTrue();
    }

    @Test
    void everyKindOfUserReachesThePageFromTheirLayout() throws Exception {
        for (Role role : new Role[] {Role.COUNSELOR, Role.PROVIDER, Role.RESIDENT}) {
            MockHttpSession session = signIn(accounts.create(role), TestAccounts.PASSWORD);
            String home = role == Role.COUNSELOR ? "/admin" : role == Role.PROVIDER ? "/espace" : "/account";
            assertThat(mvc.perform(get(home).session(session))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(role + " home links to the page")
                    .contains("href=\"/account/password\"");
            assertThat(mvc.perform(get("/account/password").session(session))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains("Mot de passe actuel")
                    .contains("href=\"" + home + "\"");
        }
        assertThat(mvc.perform(get("/account/password"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void aResetThroughALinkEndsTheSessions() throws Exception {
        AccountView account = accounts.create(Role.ANIMATOR);
        MockHttpSession signedIn = signIn(account, TestAccounts.PASSWORD);
        assertThat(status(signedIn, "/admin")).isEqualTo(200);
        String token = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.RESET));

        String redirect = mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(redirect).isEqualTo("/login");
        assertThat(mvc.perform(get("/admin").session(signedIn))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }
}
