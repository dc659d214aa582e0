package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.PasswordTokens;
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The account takeover through the outbox, tried by every staff role: ask {@code /password/forgot} for the
 * administrator's address (an invitation is pending too), then read everything the back office and the log
 * show. No token that the password-token check accepts may appear anywhere.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretLinkLeakTest {

    /** A set-password token: 32 random bytes in URL-safe Base64, 43 characters. */
    static final Pattern TOKEN_SHAPED = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

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

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"COUNSELOR", "ANIMATOR", "EDITOR", "DIRECTOR", "ADMIN"})
    void noStaffMemberReadsALiveLinkMeantForSomeoneElse(Role role, CapturedOutput log) throws Exception {
        AccountView admin = accounts.create(Role.ADMIN);
        AccountView attacker = accounts.create(role);
        String invited = TestAccounts.uniqueEmail("invited");
        tx.executeWithoutResult(s -> service.invite(
                new AccountService.InviteCommand(invited, "Invitée", Locale.FRENCH, Set.of(Role.EDITOR), Set.of())));
        mvc.perform(post("/password/forgot")
                .param("email", admin.email())
                .with(csrf())
                .with(TestAccounts.fromOwnAddress()));

        RequestPostProcessor as = user(attacker.email()).roles(role.name());
        List<String> seen = new ArrayList<>();
        for (String recipient : List.of(admin.email(), invited)) {
            MvcResult list = mvc.perform(
                            get("/admin/outbox").param("recipient", recipient).with(as))
                    .andReturn();
            if (role == Role.EDITOR) {
                assertThat(list.getResponse().getStatus())
                        .as("editors do not read the outbox")
                        .isEqualTo(403);
            }
            seen.add(list.getResponse().getContentAsString());
            for (UUID id : jdbc.queryForList("select id from outbox_mail where recipient = ?", UUID.class, recipient)) {
                String detail = mvc.perform(get("/admin/outbox/" + id).with(as))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                seen.add(detail);
                seen.add(mvc.perform(get("/admin/outbox/" + id + "/html").with(as))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
                if (role != Role.EDITOR) {
                    assertThat(detail)
                            .contains(recipient)
                            .contains("[lien secret : créé à l’envoi, pour le seul destinataire]");
                }
            }
        }
        seen.add(log.getAll());

        assertThat(liveTokensIn(seen)).isEmpty();
        // the scan does find a live link where one is meant to be: in the message the administrator receives
        assertThat(liveTokensIn(List.of(new TestMailbox(context).lastText(admin.email()))))
                .hasSize(1);
    }

    @Test
    void inDemoModeWithoutSmtpOnlyAnAdministratorObtainsAWorkingLink(CapturedOutput log) throws Exception {
        AccountView user = accounts.create(Role.COUNSELOR);
        tx.executeWithoutResult(s -> service.requestPasswordReset(user.email()));
        UUID id = jdbc.queryForObject("select id from outbox_mail where recipient = ?", UUID.class, user.email());

        for (Role role : List.of(Role.COUNSELOR, Role.ANIMATOR, Role.EDITOR, Role.DIRECTOR)) {
            assertThat(mvc.perform(post("/admin/outbox/" + id + "/secret-link")
                                    .with(csrf())
                                    .with(user("staff@test").roles(role.name())))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(403);
        }
        RequestPostProcessor admin = user("admin@test").roles("ADMIN");
        assertThat(mvc.perform(get("/admin/outbox/" + id).with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/admin/outbox/" + id + "/secret-link");
        assertThat(liveTokensIn(List.of(log.getAll()))).isEmpty();

        MvcResult issued = mvc.perform(post("/admin/outbox/" + id + "/secret-link")
                        .with(csrf())
                        .with(admin))
                .andReturn();
        assertThat(issued.getResponse().getStatus()).isEqualTo(200);
        assertThat(issued.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        List<String> live = liveTokensIn(List.of(issued.getResponse().getContentAsString())).stream()
                .distinct()
                .toList();
        assertThat(live).hasSize(1);
        assertThat(tokens.findValid(live.get(0)))
                .map(PasswordTokens.ValidToken::accountId)
                .contains(user.id());

        // nothing of it was stored, logged or shown to the others; the link works once
        assertThat(liveTokensIn(List.of(
                        log.getAll(),
                        String.join(
                                " ",
                                jdbc.queryForList(
                                        "select body_text || body_html from outbox_mail where id = ?",
                                        String.class,
                                        id)))))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'OutboxMail' and object_id = ? "
                                + "and action = 'SECRET_LINK_ISSUED'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
        assertThat(service.setPassword(live.get(0), "chosen by the demo admin")).isPresent();
    }

    /** Every token-shaped string of the texts that the password-token check accepts. */
    List<String> liveTokensIn(List<String> texts) {
        List<String> live = new ArrayList<>();
        for (String text : texts) {
            Matcher m = TOKEN_SHAPED.matcher(text == null ? "" : text);
            while (m.find()) {
                if (tokens.findValid(m.group()).isPresent()) {
                    live.add(m.group());
                }
            }
        }
        return live;
    }
}
