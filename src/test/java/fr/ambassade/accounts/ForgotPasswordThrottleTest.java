package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** /password/forgot is throttled per account (typed e-mail) and per address, without telling who has an account. */
@IntegrationTest
class ForgotPasswordThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final int PER_EMAIL = LoginThrottle.Limit.RESET_EMAIL.max();
    static final int PER_ADDRESS = LoginThrottle.Limit.RESET_IP.max();

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        accounts = new TestAccounts(fixtures, encoder);
    }

    static String newAddress() {
        return "10.82." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    MockHttpServletResponse forgot(String email, String from) throws Exception {
        return mvc.perform(post("/password/forgot")
                        .param("email", email)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }

    int mailsTo(String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class, recipient);
    }

    static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void anAccountGetsAFewLinksAnHourThenThePageSaysToTryLater() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        for (int i = 0; i < PER_EMAIL; i++) {
            // from a new address each time: the limit is the account's own
            assertThat(forgot(account.email(), newAddress()).getContentAsString())
                    .contains("un e-mail avec un lien");
        }
        MockHttpServletResponse refused = forgot(account.email().toUpperCase(), newAddress());

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString())
                .contains("Trop de demandes de lien")
                .contains("Réessayez dans 60 minute(s)")
                .contains(account.email().toUpperCase());
        assertThat(mailsTo(account.email())).isEqualTo(PER_EMAIL);
    }

    @Test
    void theThrottledAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        String unknown = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i <= PER_EMAIL; i++) {
            String from = newAddress();
            MockHttpServletResponse known = forgot(account.email(), from);
            MockHttpServletResponse other = forgot(unknown, from);
            assertThat(other.getStatus()).isEqualTo(known.getStatus());
            assertThat(withoutCsrf(other.getContentAsString()).replace(unknown, "EMAIL"))
                    .as("answer " + (i + 1))
                    .isEqualTo(withoutCsrf(known.getContentAsString()).replace(account.email(), "EMAIL"));
        }
        assertThat(mailsTo(unknown)).isZero();
    }

    @Test
    void oneAddressAsksForAFewDozenLinksAtMostAndOthersAreNotHindered() throws Exception {
        String from = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(forgot(TestAccounts.uniqueEmail("nobody"), from).getStatus())
                    .isEqualTo(200);
        }
        AccountView account = accounts.create(Role.RESIDENT);
        MockHttpServletResponse refused = forgot(account.email(), from);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Trop de demandes de lien");
        assertThat(mailsTo(account.email())).isZero();
        // the locked address did not count against the account: another address gets the link
        assertThat(forgot(account.email(), newAddress()).getStatus()).isEqualTo(200);
        assertThat(mailsTo(account.email())).isEqualTo(1);
    }
}
