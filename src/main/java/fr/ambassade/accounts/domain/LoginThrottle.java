package fr.ambassade.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login failures per e-mail and per remote address in the database (so the limit holds across
 * several app nodes): after {@link #MAX_FAILURES_PER_EMAIL} failures for an e-mail, or
 * {@link #MAX_FAILURES_PER_IP} for an address, within {@link #WINDOW}, further attempts are refused for
 * {@link #LOCK} — even with the right password.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_EMAIL = 5;
    public static final int MAX_FAILURES_PER_IP = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    public LoginThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How long attempts for this e-mail or from this address are still refused, if they are. */
    @Transactional(readOnly = true)
    public Optional<Duration> lockedFor(String email, String remoteAddress) {
        List<Instant> until = jdbc.query(
                "select locked_until from login_throttle where locked_until > now() and "
                        + "((kind = 'EMAIL' and key = ?) or (kind = 'IP' and key = ?)) order by locked_until desc limit 1",
                (rs, i) -> rs.getTimestamp(1).toInstant(),
                emailKey(email), ipKey(remoteAddress));
        return until.stream().findFirst().map(u -> Duration.between(Instant.now(), u)).filter(d -> !d.isNegative());
    }

    @Transactional
    public void recordFailure(String email, String remoteAddress) {
        if (email != null && !email.isBlank()) {
            count("EMAIL", emailKey(email), MAX_FAILURES_PER_EMAIL);
        }
        if (remoteAddress != null) {
            count("IP", ipKey(remoteAddress), MAX_FAILURES_PER_IP);
        }
    }

    /** A successful login clears the e-mail's failures (the address keeps its count). */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.update("delete from login_throttle where kind = 'EMAIL' and key = ?", emailKey(email));
    }

    private void count(String kind, String key, int max) {
        String windowSql = "interval '" + WINDOW.toSeconds() + " seconds'";
        Integer failures = jdbc.queryForObject(
                "insert into login_throttle (kind, key, failures, window_start) values (?, ?, 1, now()) "
                        + "on conflict (kind, key) do update set "
                        + "failures = case when login_throttle.window_start < now() - " + windowSql
                        + " then 1 else login_throttle.failures + 1 end, "
                        + "window_start = case when login_throttle.window_start < now() - " + windowSql
                        + " then now() else login_throttle.window_start end "
                        + "returning failures",
                Integer.class, kind, key);
        if (failures != null && failures >= max) {
            jdbc.update("update login_throttle set locked_until = now() + interval '" + LOCK.toSeconds()
                    + " seconds', failures = 0, window_start = now() where kind = ? and key = ?", kind, key);
        }
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
