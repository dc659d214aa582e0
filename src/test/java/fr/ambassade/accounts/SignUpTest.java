package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The candidates' public sign-up: a provider account that cannot log in before its e-mail is verified, the
 * verification link (hashed, single-use, expiring, issued at delivery), the same answer for an address that already
 * has an account, and the throttle.
 */
@IntegrationTest
class SignUpTest {

    static final Pattern VERIFY = Pattern.compile("/espace/inscription/verification\\?token=([A-Za-z0-9_-]+)");
    static final String PASSWORD = "a long candidate passphrase";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    MockHttpServletResponse signUp(String email, String name, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/espace/inscription")
                        .param("displayName", name)
                        .param("email", email)
                        .param("language", "nl")
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD)
                        .with(csrf())
                        .with(from))
                .andReturn()
                .getResponse();
    }

    static String tokenIn(String text) {
        Matcher m = VERIFY.matcher(text);
        assertThat(m.find()).as("a verification link in:\n" + text).isTrue();
        return m.group(1);
    }

    String login(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(TestAccounts.fromOwnAddress()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void theSignUpPageOffersTheFields() throws Exception {
        String html = mvc.perform(get("/espace/inscription"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("name=\"displayName\"", "name=\"email\"", "name=\"password\"", "name=\"confirmation\"")
                .contains("value=\"nl\"", "name=\"_csrf\"");
    }

    @Test
    void aNewAccountLogsInOnlyOnceItsAddressIsVerifiedAndTheLinkWorksOnce() throws Exception {
        String email = TestAccounts.uniqueEmail("candidate");
        MockHttpServletResponse answer = signUp(email, "Élise Durand", TestAccounts.fromOwnAddress());
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).contains(email);

        AccountView account = fixtures.byEmail(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.PROVIDER);
        assertThat(account.displayName()).isEqualTo("Élise Durand");
        assertThat(account.locale().getLanguage()).isEqualTo("nl");
        assertThat(encoder.matches(PASSWORD, fixtures.passwordHash(account.id())))
                .isTrue();
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");

        // the outbox keeps no link: it is issued when the e-mail is delivered, and only its hash is stored
        String stored = jdbc.queryForObject(
                "select body_text from outbox_mail where recipient = ? and template = 'accounts-verification'",
                String.class,
                email);
        assertThat(stored).doesNotContain("token=");
        String token = tokenIn(new TestMailbox(context).lastText(email));
        assertThat(jdbc.queryForObject("select count(*) from password_token where token_hash = ?", Long.class, token))
                .isZero();

        // a GET does not use the link up (mail scanners open links): the page asks to confirm
        assertThat(mvc.perform(get("/espace/inscription/verification").param("token", token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"token\"");
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
        // a verification link never opens the set-password form
        assertThat(mvc.perform(get("/password/reset").param("token", token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("name=\"password\"");

        // the password chosen at the sign-up is asked: a wrong one is refused and leaves the link usable
        String wrong = mvc.perform(post("/espace/inscription/verification")
                        .param("token", token)
                        .param("password", "not the one chosen")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("id=\"password-error\"").contains("name=\"token\"");
        assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
        assertThat(mvc.perform(post("/espace/inscription/verification")
                                .param("token", token)
                                .param("password", PASSWORD)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(login(email, PASSWORD)).isEqualTo("/espace");

        // used: the link answers the page that offers a new one
        String again = mvc.perform(post("/espace/inscription/verification")
                        .param("token", token)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("action=\"/espace/inscription/renvoi\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Account' and object_id = ?"
                                + " and action in ('SIGNED_UP', 'EMAIL_VERIFIED')",
                        Long.class,
                        String.valueOf(account.id())))
                .isEqualTo(2);
    }

    @Test
    void anExpiredLinkOffersANewOneWhichWorks() throws Exception {
        String email = TestAccounts.uniqueEmail("late");
        signUp(email, "Late Candidate", TestAccounts.fromOwnAddress());
        String token = tokenIn(new TestMailbox(context).lastText(email));
        jdbc.update(
                "update password_token set expires_at = now() - interval '1 minute' where account_id ="
                        + " (select id from account where email = ?)",
                email);
        String page = mvc.perform(get("/espace/inscription/verification").param("token", token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("action=\"/espace/inscription/renvoi\"").doesNotContain("name=\"token\"");

        mvc.perform(post("/espace/inscription/renvoi")
                .param("email", email)
                .with(csrf())
                .with(TestAccounts.fromOwnAddress()));
        String fresh = tokenIn(new TestMailbox(context).lastText(email));
        assertThat(fresh).isNotEqualTo(token);
        mvc.perform(post("/espace/inscription/verification")
                .param("token", fresh)
                .param("password", PASSWORD)
                .with(csrf()));
        assertThat(login(email, PASSWORD)).isEqualTo("/espace");
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAndItsOwnerAnEmail() throws Exception {
        AccountView existing = fixtures.create(
                TestAccounts.uniqueEmail("owner"),
                "Owner",
                java.util.Locale.ENGLISH,
                java.util.Set.of(Role.PROVIDER),
                encoder.encode(TestAccounts.PASSWORD));
        String unknown = TestAccounts.uniqueEmail("fresh");
        String known = signUp(existing.email(), "Someone Else", TestAccounts.fromOwnAddress())
                .getContentAsString();
        String other =
                signUp(unknown, "Someone Else", TestAccounts.fromOwnAddress()).getContentAsString();
        assertThat(withoutCsrf(known).replace(existing.email(), "ADDRESS"))
                .isEqualTo(withoutCsrf(other).replace(unknown, "ADDRESS"));

        // nothing changed on the account; its owner learns that they already have one (no link in it)
        AccountView after = fixtures.reload(existing.id());
        assertThat(after.displayName()).isEqualTo("Owner");
        assertThat(encoder.matches(TestAccounts.PASSWORD, fixtures.passwordHash(existing.id())))
                .isTrue();
        String text = new TestMailbox(context).lastText(existing.email());
        assertThat(text).contains("already have an account").contains("/login").doesNotContain("token=");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedButNotThePasswords() throws Exception {
        String email = TestAccounts.uniqueEmail("typo");
        String html = mvc.perform(post("/espace/inscription")
                        .param("displayName", "Jean Typo")
                        .param("email", email)
                        .param("language", "fr")
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD + "!")
                        .with(csrf())
                        .with(TestAccounts.fromOwnAddress()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("value=\"Jean Typo\"", "value=\"" + email + "\"")
                .contains("Les deux mots de passe ne sont pas identiques.")
                .doesNotContain("value=\"" + PASSWORD + "\"");
        assertThat(fixtures.byEmail(email)).isEmpty();
    }

    @Test
    void signUpsAreThrottledPerEmail() throws Exception {
        String email = TestAccounts.uniqueEmail("flood");
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(email, "Flood", TestAccounts.fromOwnAddress()).getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = signUp(email, "Flood", TestAccounts.fromOwnAddress());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("id=\"signup-locked\"");
    }

    @Test
    void theFormNeedsItsCsrfToken() throws Exception {
        assertThat(mvc.perform(post("/espace/inscription")
                                .param("email", TestAccounts.uniqueEmail("nocsrf"))
                                .with(TestAccounts.fromOwnAddress()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
