package fr.ambassade.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login attempts and forgotten-password requests per e-mail and per client address in the database (so the
 * limits hold across several app nodes). Each attempt is counted <em>before</em> the password is checked, by one
 * atomic upsert that returns the new count: the attempt that reaches the limit still goes through and locks the key,
 * every later one is refused until the lock ends — even with the right password, and however many guesses arrive in
 * parallel. A successful login gives its attempt back (the e-mail's count is cleared, the address's is decremented),
 * so only failures add up.
 *
 * <p>The client address is the one Tomcat resolves: behind a trusted proxy ({@code server.tomcat.remoteip.*}) the
 * {@code X-Forwarded-For} client, otherwise the peer.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_EMAIL = 5;
    public static final int MAX_FAILURES_PER_IP = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** A counted key kind and its limit: {@code max} attempts within {@code window}, then refused for {@code lock}. */
    public enum Limit {
        LOGIN_EMAIL("EMAIL", MAX_FAILURES_PER_EMAIL, WINDOW, LOCK),
        LOGIN_IP("IP", MAX_FAILURES_PER_IP, WINDOW, LOCK),
        /** Reset links asked for one typed e-mail (whether or not it has an account, so the lock reveals nothing). */
        RESET_EMAIL("RESET_EMAIL", 3, Duration.ofHours(1), Duration.ofHours(1)),
        RESET_IP("RESET_IP", 20, Duration.ofHours(1), Duration.ofHours(1)),
        /** Sign-ups and verification e-mails asked again for one typed e-mail (account or not), like resets. */
        SIGNUP_EMAIL("SIGNUP_EMAIL", 3, Duration.ofHours(1), Duration.ofHours(1)),
        SIGNUP_IP("SIGNUP_IP", 20, Duration.ofHours(1), Duration.ofHours(1));

        final String kind;
        final int max;
        final Duration window;
        final Duration lock;

        Limit(String kind, int max, Duration window, Duration lock) {
            this.kind = kind;
            this.max = max;
            this.window = window;
            this.lock = lock;
        }

        public int max() {
            return max;
        }
    }

    // Every SET expression reads the row as it was before this attempt. A locked row only counts refusals (its count
    // goes past max); an expired lock or window starts afresh; the attempt that reaches max sets the lock.
    private static final String ATTEMPT = """
            insert into login_throttle as t (kind, key, failures, window_start, locked_until)
            values (:kind, :key, 1, now(), case when 1 >= :max then now() + make_interval(secs => :lock) end)
            on conflict (kind, key) do update set
              failures = case when t.locked_until > now() then t.failures + 1
                              when t.locked_until is not null or t.window_start < now() - make_interval(secs => :window) then 1
                              else t.failures + 1 end,
              window_start = case when t.locked_until > now() then t.window_start
                                  when t.locked_until is not null or t.window_start < now() - make_interval(secs => :window) then now()
                                  else t.window_start end,
              locked_until = case when t.locked_until > now() then t.locked_until
                                  when t.locked_until is not null or t.window_start < now() - make_interval(secs => :window)
                                      then case when 1 >= :max then now() + make_interval(secs => :lock) end
                                  when t.failures + 1 >= :max then now() + make_interval(secs => :lock)
                                  else null end
            returning failures, locked_until""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public LoginThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Counts a login attempt for the address, then for the e-mail, committed before the password is checked. Empty
     * when the attempt may go on; otherwise how long attempts stay refused. An address already locked does not count
     * against the e-mail.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> attemptLogin(String email, String remoteAddress) {
        return attempt(Limit.LOGIN_IP, Limit.LOGIN_EMAIL, email, remoteAddress);
    }

    /** Counts a forgotten-password request, per address then per typed e-mail, like {@link #attemptLogin}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> attemptReset(String email, String remoteAddress) {
        return attempt(Limit.RESET_IP, Limit.RESET_EMAIL, email, remoteAddress);
    }

    /**
     * Counts a sign-up (or a verification e-mail asked again), per address then per typed e-mail, like
     * {@link #attemptReset}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> attemptSignUp(String email, String remoteAddress) {
        return attempt(Limit.SIGNUP_IP, Limit.SIGNUP_EMAIL, email, remoteAddress);
    }

    private Optional<Duration> attempt(Limit perAddress, Limit perEmail, String email, String remoteAddress) {
        Optional<Duration> locked = count(perAddress, ipKey(remoteAddress));
        if (locked.isEmpty() && email != null && !email.isBlank()) {
            locked = count(perEmail, emailKey(email));
        }
        return locked;
    }

    /**
     * A successful login gives its attempt back: the e-mail's count is cleared, the address's decremented (and its
     * lock lifted if this attempt was the one that set it).
     */
    @Transactional
    public void recordSuccess(String email, String remoteAddress) {
        jdbc.update("delete from login_throttle where kind = ? and key = ?", Limit.LOGIN_EMAIL.kind, emailKey(email));
        jdbc.update(
                "update login_throttle set failures = greatest(failures - 1, 0), "
                        + "locked_until = case when failures - 1 < ? then null else locked_until end where kind = ? and key = ?",
                Limit.LOGIN_IP.max,
                Limit.LOGIN_IP.kind,
                ipKey(remoteAddress));
    }

    private Optional<Duration> count(Limit limit, String key) {
        Map<String, Object> row = named.queryForMap(
                ATTEMPT,
                Map.of(
                        "kind",
                        limit.kind,
                        "key",
                        key,
                        "max",
                        limit.max,
                        "window",
                        limit.window.toSeconds(),
                        "lock",
                        limit.lock.toSeconds()));
        int attempts = ((Number) row.get("failures")).intValue();
        if (attempts <= limit.max) {
            return Optional.empty();
        }
        Instant until = row.get("locked_until") instanceof java.sql.Timestamp t
                ? t.toInstant()
                : Instant.now().plus(limit.lock);
        Duration left = Duration.between(Instant.now(), until);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    static String emailKey(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        // the column holds an e-mail's maximum length; longer input is no e-mail but must not break the login
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    static String ipKey(String remoteAddress) {
        return remoteAddress == null ? "" : remoteAddress;
    }
}
