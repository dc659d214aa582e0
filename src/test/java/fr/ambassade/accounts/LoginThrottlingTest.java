package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LoginThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

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
    String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        accounts = new TestAccounts(fixtures, encoder);
        // each test logs in from its own address, so the per-address limit of one test never hits another
        address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    String login(String email, String password) throws Exception {
        return login(email, password, address);
    }

    String login(String email, String password, String from) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void sixthAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(account.email(), "wrong password " + i)).isEqualTo("/login?error");
        }
        assertThat(login(account.email(), TestAccounts.PASSWORD)).isEqualTo("/login?locked=15");
        // the lock is per e-mail: another address does not help
        assertThat(login(account.email().toUpperCase(), TestAccounts.PASSWORD, "10.78.0.1"))
                .startsWith("/login?locked=");
    }

    @Test
    void lockedPageSaysHowLongToWait() throws Exception {
        String html = mvc.perform(get("/login").param("locked", "15"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Trop de tentatives").contains("15 minute");
    }

    @Test
    void lockEndsAfterItsTime() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            login(account.email(), "wrong");
        }
        assertThat(login(account.email(), TestAccounts.PASSWORD)).startsWith("/login?locked=");
        jdbc.update(
                "update login_throttle set locked_until = now() - interval '1 second' where key in (?, ?)",
                account.email(),
                address);
        assertThat(login(account.email(), TestAccounts.PASSWORD)).isEqualTo("/admin");
    }

    @Test
    void successClearsTheFailuresOfTheEmail() throws Exception {
        AccountView account = accounts.create(Role.COUNSELOR);
        for (int i = 0; i < 4; i++) {
            login(account.email(), "wrong");
        }
        assertThat(login(account.email(), TestAccounts.PASSWORD)).isEqualTo("/admin");
        for (int i = 0; i < 4; i++) {
            assertThat(login(account.email(), "wrong")).isEqualTo("/login?error");
        }
        assertThat(login(account.email(), TestAccounts.PASSWORD)).isEqualTo("/admin");
    }

    @Test
    void twentyFailuresFromOneAddressLockTheAddress() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        for (int i = 0; i < 20; i++) {
            login(TestAccounts.uniqueEmail("nobody"), "wrong");
        }
        assertThat(login(account.email(), TestAccounts.PASSWORD)).startsWith("/login?locked=");
        assertThat(login(account.email(), TestAccounts.PASSWORD, "10.79.0.1")).isEqualTo("/admin");
    }

    @Test
    void failuresAreKeptInTheDatabase() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        login(account.email(), "wrong");
        login(account.email(), "wrong");
        assertThat(jdbc.queryForObject(
                        "select failures from login_throttle where kind = 'EMAIL' and key = ?",
                        Integer.class,
                        account.email()))
                .isEqualTo(2);
    }

    @Test
    void eachKindOfUserLandsOnItsHome() throws Exception {
        assertThat(login(accounts.create(Role.DIRECTOR, Role.EDITOR).email(), TestAccounts.PASSWORD))
                .isEqualTo("/admin");
        assertThat(login(accounts.create(Role.PROVIDER).email(), TestAccounts.PASSWORD))
                .isEqualTo("/espace");
        assertThat(login(accounts.create(Role.RESIDENT).email(), TestAccounts.PASSWORD))
                .isEqualTo("/account");
    }

    @Test
    void deactivatedUserCannotLogIn() throws Exception {
        AccountView account = accounts.create(Role.ANIMATOR);
        fixtures.deactivate(account.id());
        assertThat(login(account.email(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void invitedUserWithoutPasswordCannotLogIn() throws Exception {
        AccountView account = accounts.create(Role.ANIMATOR);
        fixtures.setPasswordHash(account.id(), null);
        assertThat(login(account.email(), "")).isEqualTo("/login?error");
        assertThat(login(account.email(), "{noop}")).isEqualTo("/login?error");
    }

    @Test
    void absurdlyLongLoginIsJustAFailure() throws Exception {
        assertThat(login("x".repeat(400) + "@test.ambassade.test", "wrong")).isEqualTo("/login?error");
    }
}
