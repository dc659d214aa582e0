package fr.ambassade.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens of the set-password links. The token itself only travels in the e-mail;
 * the database keeps its SHA-256, so a leaked table does not give working links.
 */
@Component
public class PasswordTokens {

    public enum Purpose {
        RESET(Duration.ofHours(1)),
        INVITE(Duration.ofDays(7)),
        FIRST_ADMIN(Duration.ofDays(7)),
        /** The e-mail verification of a sign-up: opens no password form, only proves the address. */
        VERIFY(Duration.ofHours(48));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    /** A token found valid: not used, not expired. */
    public record ValidToken(String hash, long accountId, Purpose purpose, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    public PasswordTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a token in the caller's transaction and returns its clear value (to put in the link). The older
     * unused tokens of the same account and purpose stop working: only the newest link works. The account row
     * is locked first, so that two concurrent issues still leave one working link.
     */
    public String issue(long accountId, Purpose purpose) {
        jdbc.queryForList("select id from account where id = ? for update", Long.class, accountId);
        jdbc.update(
                "update password_token set used_at = now() where account_id = ? and purpose = ? and used_at is null",
                accountId,
                purpose.name());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "insert into password_token (token_hash, account_id, purpose, expires_at) values (?, ?, ?, ?)",
                hash(token),
                accountId,
                purpose.name(),
                Timestamp.from(Instant.now().plus(purpose.validity())));
        return token;
    }

    /** The valid token if it is of one of these purposes (a verification link never sets a password, and back). */
    public Optional<ValidToken> findValid(String token, java.util.Set<Purpose> purposes) {
        return findValid(token).filter(t -> purposes.contains(t.purpose()));
    }

    /** {@link #consume(String)} limited to these purposes: a token of another purpose stays unused. */
    public Optional<ValidToken> consume(String token, java.util.Set<Purpose> purposes) {
        return findValid(token, purposes).isPresent() ? consume(token) : Optional.empty();
    }

    public Optional<ValidToken> findValid(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        List<ValidToken> found = jdbc.query(
                "select token_hash, account_id, purpose, expires_at from password_token "
                        + "where token_hash = ? and used_at is null and expires_at > now()",
                (rs, i) -> new ValidToken(
                        rs.getString(1),
                        rs.getLong(2),
                        Purpose.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()),
                hash(token));
        return found.stream().findFirst();
    }

    /**
     * Marks the token used, once: the conditional update makes two concurrent uses of one link end with
     * exactly one winner.
     */
    public Optional<ValidToken> consume(String token) {
        Optional<ValidToken> valid = findValid(token);
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        int updated = jdbc.update(
                "update password_token set used_at = now() where token_hash = ? and used_at is null and expires_at > now()",
                valid.get().hash());
        return updated == 1 ? valid : Optional.empty();
    }

    /** Other pending links of the account stop working once a password is set. */
    public void revokeAll(long accountId) {
        jdbc.update("update password_token set used_at = now() where account_id = ? and used_at is null", accountId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
