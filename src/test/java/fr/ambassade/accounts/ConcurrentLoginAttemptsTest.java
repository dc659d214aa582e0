package fr.ambassade.accounts;

import static fr.ambassade.accounts.RawHttp.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Parallel guesses get no more tries than the limit: each attempt is counted atomically before the password check. */
@IntegrationTest
class ConcurrentLoginAttemptsTest {

    static final int GUESSES = 16;

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    /** Runs the tasks in as many threads, released together. */
    static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelWrongPasswordsOnTheRunningServerGetFiveTriesAtMost() throws Exception {
        AccountView account = accounts().create(Role.ADMIN);
        RawHttp http = new RawHttp(port);
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            // each guess from its own client behind the proxy: only the per-account limit applies
            RawHttp.LoginForm form = http.loginForm(PROXY, Map.of("X-Forwarded-For", "198.51.100." + (i + 1)));
            String guess = "guess " + i;
            guesses.add(() -> form.submit(account.email(), guess));
        }

        List<String> outcomes = allAtOnce(guesses);

        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(LoginThrottle.MAX_FAILURES_PER_EMAIL);
        assertThat(outcomes)
                .filteredOn(o -> o.startsWith("/login?locked="))
                .hasSize(GUESSES - LoginThrottle.MAX_FAILURES_PER_EMAIL);
        assertThat(http.login(
                        PROXY, Map.of("X-Forwarded-For", "198.51.100.200"), account.email(), TestAccounts.PASSWORD))
                .as("the right password is refused too while locked")
                .startsWith("/login?locked=");
    }

    @Test
    void parallelAttemptsFromOneAddressAreAdmittedUpToItsLimit() throws Exception {
        String address = "198.51.100.250";
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_IP + 15; i++) {
            String email = TestAccounts.uniqueEmail("nobody");
            attempts.add(() -> throttle.attemptLogin(email, address).isEmpty());
        }

        List<Boolean> admitted = allAtOnce(attempts);

        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(LoginThrottle.MAX_FAILURES_PER_IP);
    }

    TestAccounts accounts() {
        return new TestAccounts(fixtures, encoder);
    }
}
