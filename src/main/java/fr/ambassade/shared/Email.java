package fr.ambassade.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, the one rule that accounts, providers, contacts, settings and the importers accept.
 * Normalised: surrounding spaces removed, lower-case (addresses are compared and stored this way). Accepted:
 * at most {@value #MAX_LENGTH} characters; a local part of at most 64 letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-}, in dot-separated pieces (no leading, trailing or double dot); one {@code @};
 * a domain of at least two dot-separated labels of letters, digits and inner hyphens (so "name@localhost",
 * IP literals, quoted local parts, commas and spaces are refused). Letters may be accented (internationalised
 * addresses). Persist with {@link EmailConverter}; check form fields with {@link ValidEmail}.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;

    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern FORMAT =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

    public Email {
        Objects.requireNonNull(value, "value");
        value = normalize(value);
        String refusal = refusal(value);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal + ": " + value);
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    /** The normalised form of a text, without checking it: what lookups by address compare. */
    public static String normalize(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text, once normalised, is an address by {@link Email}'s rule. */
    public static boolean isValid(String value) {
        return value != null && refusal(normalize(value)) == null;
    }

    /** Why the (normalised) text is not an address, in short English for import reports; {@code null} if it is one. */
    public static String refusal(String value) {
        if (value == null || value.isEmpty()) {
            return "e-mail address missing";
        }
        if (value.length() > MAX_LENGTH) {
            return "e-mail address longer than " + MAX_LENGTH + " characters";
        }
        int at = value.lastIndexOf('@');
        if (at > 64) {
            return "e-mail local part longer than 64 characters";
        }
        if (!FORMAT.matcher(value).matches()) {
            return "not an e-mail address";
        }
        return null;
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
