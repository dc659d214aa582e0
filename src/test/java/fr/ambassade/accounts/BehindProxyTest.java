package fr.ambassade.accounts;

import static fr.ambassade.accounts.RawHttp.PROXY;
import static fr.ambassade.accounts.RawHttp.UNTRUSTED_PEER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Against the running Tomcat: behind a trusted proxy the client address and the https scheme come from the
 * X-Forwarded-* headers (login throttle per client, Secure cookies, HSTS); from an untrusted peer they are ignored.
 */
@IntegrationTest
class BehindProxyTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    RawHttp http;
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        accounts = new TestAccounts(fixtures, encoder);
    }

    static String newClient() {
        return "203.0.113." + CLIENTS.getAndIncrement();
    }

    static Map<String, String> viaTlsProxy(String client) {
        return Map.of("X-Forwarded-For", client, "X-Forwarded-Proto", "https");
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        RawHttp.Response response = http.get(PROXY, "/login?lang=en", viaTlsProxy(newClient()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        List<String> cookies = response.cookies();
        assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID=")).anyMatch(c -> c.startsWith("ambassade-lang="));
        assertThat(cookies)
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookie() throws Exception {
        RawHttp.Response response = http.get(PROXY, "/login?lang=en", Map.of());

        assertThat(response.header("Strict-Transport-Security")).isNull();
        assertThat(response.cookies())
                .isNotEmpty()
                .noneMatch(c -> c.toLowerCase().contains("secure"));
    }

    @Test
    void anUntrustedPeerCannotClaimHttps() throws Exception {
        RawHttp.Response response = http.get(UNTRUSTED_PEER, "/login", viaTlsProxy(newClient()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).isNull();
        assertThat(response.cookie("JSESSIONID")).isNotNull();
        assertThat(response.cookies()).noneMatch(c -> c.toLowerCase().contains("secure"));
    }

    @Test
    void oneClientBehindTheProxyCannotLockEveryoneOut() throws Exception {
        AccountView account = accounts.create(Role.EDITOR);
        String noisy = newClient();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_IP; i++) {
            assertThat(http.login(PROXY, viaTlsProxy(noisy), TestAccounts.uniqueEmail("nobody"), "wrong"))
                    .isEqualTo("/login?error");
        }
        assertThat(http.login(PROXY, viaTlsProxy(noisy), account.email(), TestAccounts.PASSWORD))
                .startsWith("/login?locked=");

        // another client of the same proxy is not hindered
        assertThat(http.login(PROXY, viaTlsProxy(newClient()), account.email(), TestAccounts.PASSWORD))
                .isEqualTo("/admin");
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerDoesNotChangeTheKey() throws Exception {
        String forged = newClient();
        int before = failuresOf(UNTRUSTED_PEER);

        assertThat(http.login(
                        UNTRUSTED_PEER, Map.of("X-Forwarded-For", forged), TestAccounts.uniqueEmail("nobody"), "wrong"))
                .isEqualTo("/login?error");

        assertThat(failuresOf(UNTRUSTED_PEER)).as("counted for the peer itself").isEqualTo(before + 1);
        assertThat(failuresOf(forged))
                .as("nothing counted for the forged address")
                .isZero();
    }

    int failuresOf(String address) {
        return jdbc
                .queryForList(
                        "select failures from login_throttle where kind = 'IP' and key = ?", Integer.class, address)
                .stream()
                .findFirst()
                .orElse(0);
    }
}
