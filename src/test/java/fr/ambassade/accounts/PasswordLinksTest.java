package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.PasswordTokens;
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PasswordLinksTest {

    static final Pattern TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    AccountService service;

    @Autowired
    PasswordTokens tokens;

    @Autowired
    PasswordEncoder encoder;

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

    /** What the recipient receives: the outbox delivers the pending e-mails (and issues their links) now. */
    String lastMailText(String recipient) {
        return new TestMailbox(context).lastText(recipient);
    }

    long mailsTo(String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, recipient);
    }

    static String tokenIn(String text) {
        Matcher m = TOKEN.matcher(text);
        assertThat(m.find()).as("a set-password link in:\n" + text).isTrue();
        return m.group(1);
    }

    @Test
    void forgotPasswordAnswersTheSameWithOrWithoutAccount() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        String unknown = TestAccounts.uniqueEmail("nobody");
        String known = mvc.perform(post("/password/forgot")
                        .param("email", account.email())
                        .with(csrf())
                        .with(TestAccounts.fromOwnAddress()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String other = mvc.perform(post("/password/forgot")
                        .param("email", unknown)
                        .with(csrf())
                        .with(TestAccounts.fromOwnAddress()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(known.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(other.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        assertThat(lastMailText(account.email())).contains("http://localhost/password/reset?token=");
        assertThat(mailsTo(unknown)).isZero();
    }

    @Test
    void resetLinkWorksOnceAndStoresOnlyAHash() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        tx.executeWithoutResult(
                s -> service.requestPasswordReset(account.email().toUpperCase()));
        String token = tokenIn(lastMailText(account.email()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_token where token_hash = ?", Integer.class, token))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select purpose from password_token where account_id = ?", String.class, account.id()))
                .isEqualTo("RESET");

        assertThat(mvc.perform(get("/password/reset").param("token", token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"password\"");
        String redirect = mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).isEqualTo("/login");
        assertThat(encoder.matches("a brand new passphrase", accounts.passwordHash(account)))
                .isTrue();

        // used: the same link no longer works
        assertThat(mvc.perform(get("/password/reset").param("token", token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lien expiré ou déjà utilisé")
                .doesNotContain("name=\"password\"");
        assertThat(service.setPassword(token, "yet another passphrase")).isEmpty();
        assertThat(encoder.matches("a brand new passphrase", accounts.passwordHash(account)))
                .isTrue();
    }

    @Test
    void expiredLinkIsRefused() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        String token = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.RESET));
        jdbc.update(
                "update password_token set expires_at = now() - interval '1 minute' where account_id = ?",
                account.id());
        assertThat(service.accountForToken(token)).isEmpty();
        assertThat(service.setPassword(token, "a brand new passphrase")).isEmpty();
        assertThat(mvc.perform(get("/password/reset").param("token", token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lien expiré ou déjà utilisé");
    }

    @Test
    void resetLinkIsValidOneHour() {
        AccountView account = accounts.create(Role.EDITOR);
        tx.executeWithoutResult(s -> tokens.issue(account.id(), PasswordTokens.Purpose.RESET));
        Integer minutes = jdbc.queryForObject(
                "select round(extract(epoch from (expires_at - created_at)) / 60)::int from password_token where account_id = ?",
                Integer.class,
                account.id());
        assertThat(minutes).isEqualTo(60);
    }

    @Test
    void unknownTokenShowsAClearPage() throws Exception {
        assertThat(mvc.perform(get("/password/reset").param("token", "not-a-token"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lien expiré ou déjà utilisé");
        assertThat(mvc.perform(get("/password/reset")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void shortOrMismatchedPasswordIsRefusedAndTheLinkStaysValid() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        String token = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.RESET));
        String shortPassword = mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "short")
                        .param("confirmation", "short")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shortPassword).contains("au moins 12 caractères");
        // the refused field points at its hint and its error, and keeps what password managers read
        String input = shortPassword.substring(shortPassword.indexOf("<input type=\"password\""));
        input = input.substring(0, input.indexOf('>') + 1);
        assertThat(input)
                .contains(
                        "id=\"password\"",
                        "autocomplete=\"new-password\"",
                        "required",
                        "aria-describedby=\"password-hint password-error\"",
                        "aria-invalid=\"true\"");
        String mismatch = mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "a long enough one")
                        .param("confirmation", "another long one")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mismatch).contains("ne sont pas identiques");
        assertThat(service.accountForToken(token)).isPresent();
        assertThatThrownBy(() -> service.setPassword(token, "short")).isInstanceOf(RefusedChange.class);
    }

    @Test
    void invitationCreatesAnAccountWithoutPasswordAndMailsASevenDayLink() throws Exception {
        AccountView admin = accounts.create(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("invited");
        String redirect = mvc.perform(
                        post("/admin/users/new")
                                .param("email", email)
                                .param("displayName", "Invitée Test")
                                .param("locale", "en")
                                .param("roles", "PROVIDER")
                                .param("establishments", "424242, 434343")
                                .with(csrf())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(admin.email())
                                        .roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).isEqualTo("/admin/users");
        AccountView invited = fixtures.byEmail(email).orElseThrow();
        assertThat(invited.hasPassword()).isFalse();
        assertThat(invited.roles()).containsExactly(Role.PROVIDER);
        assertThat(invited.establishments()).containsExactlyInAnyOrder(424242L, 434343L);
        assertThat(jdbc.queryForObject("select template from outbox_mail where recipient = ?", String.class, email))
                .isEqualTo("accounts-invitation");
        String mail = lastMailText(email);
        assertThat(mail).contains("Open this link to choose your password");
        Integer days = jdbc.queryForObject(
                "select round(extract(epoch from (expires_at - created_at)) / 86400)::int from password_token where account_id = ?",
                Integer.class,
                invited.id());
        assertThat(days).isEqualTo(7);
        String token = tokenIn(mail);
        assertThat(service.setPassword(token, "my invited passphrase")).isPresent();
        assertThat(encoder.matches("my invited passphrase", accounts.passwordHash(invited)))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Account' and object_id = ? "
                                + "and action in ('INVITED', 'PASSWORD_SET')",
                        Integer.class,
                        String.valueOf(invited.id())))
                .isEqualTo(2);
    }

    @Test
    void firstAdministratorGetsAOneTimeLinkThatIsNotEmailed() {
        String email = TestAccounts.uniqueEmail("first-admin");
        String link = service.createFirstAdmin(email.toUpperCase());
        AccountView admin = fixtures.byEmail(email).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.hasPassword()).isFalse();
        assertThat(link).startsWith("http://localhost/password/reset?token=");
        assertThat(mailsTo(email))
                .as("the link goes to a file of the data directory, not to the outbox")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select purpose from password_token where account_id = ?", String.class, admin.id()))
                .isEqualTo("FIRST_ADMIN");
        assertThat(service.setPassword(tokenIn(link), "the admin passphrase")).isPresent();
        assertThat(service.setPassword(tokenIn(link), "the admin passphrase")).isEmpty();
    }

    @Test
    void aNewLinkRevokesTheOlderOnesOfTheSamePurpose() {
        AccountView account = accounts.create(Role.COUNSELOR);
        tx.executeWithoutResult(s -> service.requestPasswordReset(account.email()));
        String first = tokenIn(lastMailText(account.email()));
        String invitation = tx.execute(s -> tokens.issue(account.id(), PasswordTokens.Purpose.INVITE));
        tx.executeWithoutResult(s -> service.requestPasswordReset(account.email()));
        String second = tokenIn(lastMailText(account.email()));

        assertThat(tokens.findValid(first)).as("the older reset link").isEmpty();
        assertThat(tokens.findValid(second)).isPresent();
        assertThat(tokens.findValid(invitation)).as("a link of another purpose").isPresent();
        assertThat(service.setPassword(first, "a brand new passphrase")).isEmpty();
        assertThat(service.setPassword(second, "a brand new passphrase")).isPresent();
    }

    @Test
    void theCommandLineResetLinkIsForEnabledAdministratorsOnly() {
        AccountView admin = accounts.create(Role.ADMIN, Role.EDITOR);
        AccountView director = accounts.create(Role.DIRECTOR);
        String link = service.issueAdministratorResetLink(" " + admin.email().toUpperCase());
        assertThat(service.accountForToken(tokenIn(link))).map(AccountView::id).contains(admin.id());

        for (String refused : List.of(director.email(), TestAccounts.uniqueEmail("nobody"), "")) {
            assertThatThrownBy(() -> service.issueAdministratorResetLink(refused))
                    .isInstanceOf(RefusedChange.class);
        }
        AccountView disabled = accounts.create(Role.ADMIN);
        AccountView other = accounts.create(Role.ADMIN);
        service.deactivate(disabled.id(), accounts.reload(disabled).version(), other.email());
        assertThatThrownBy(() -> service.issueAdministratorResetLink(disabled.email()))
                .isInstanceOf(RefusedChange.class);
    }
}
