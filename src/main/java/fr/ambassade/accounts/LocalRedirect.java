package fr.ambassade.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a set-password link or the login page may send the user afterwards ({@code next} parameter): a path of this
 * installation only, never another site. Anything else is dropped (the user lands on their usual home), so that a
 * crafted link cannot redirect to a look-alike login page (open redirect).
 *
 * <p>Accepted: starts with a single {@code /}, then no {@code /} or {@code \} (a protocol-relative {@code //host} or
 * {@code /\host} is another site for browsers), no backslash, control character or space anywhere, at most 500
 * characters, parsed as a URI without scheme nor host.
 */
public final class LocalRedirect {

    /** The request parameter (link, set-password form, login form). */
    public static final String PARAMETER = "next";

    static final int MAX_LENGTH = 500;

    private LocalRedirect() {}

    /** The path if it is a safe local destination. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '\\' || c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** {@code &next=…} (URL-encoded) for a safe path, else an empty string: to append to a link that has a query. */
    public static String queryPart(String candidate) {
        return of(candidate).map(path -> "&" + PARAMETER + "=" + encode(path)).orElse("");
    }

    /** {@code base?next=…} for a safe path, else the base alone. */
    public static String withNext(String base, String candidate) {
        return of(candidate)
                .map(path -> base + "?" + PARAMETER + "=" + encode(path))
                .orElse(base);
    }

    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
