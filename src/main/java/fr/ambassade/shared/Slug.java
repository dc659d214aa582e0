package fr.ambassade.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A URL segment made from any (French) text: ligatures expanded (œ → oe, æ → ae), accents removed,
 * lowercase ASCII letters and digits separated by single hyphens, at most {@value #MAX_LENGTH} characters
 * (cut at a hyphen). "L'Œuvre de Béthune !" → "l-oeuvre-de-bethune".
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a slug: " + value);
        }
    }

    /** Makes a slug; throws {@link IllegalArgumentException} when the text has no letter or digit. */
    public static Slug from(String text) {
        String s = slugify(text);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("No letter or digit to make a slug from: " + text);
        }
        return new Slug(s);
    }

    /** Makes a slug, or uses the fallback when the text has no letter or digit. */
    public static Slug fromOrDefault(String text, String fallback) {
        String s = slugify(text);
        return s.isEmpty() ? from(fallback) : new Slug(s);
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && VALID.matcher(value).matches();
    }

    /** "name" → "name-2", to make a slug unique; stays within the maximum length. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimAtHyphen(value.substring(0, MAX_LENGTH - suffix.length()))
                : value;
        return new Slug(base + suffix);
    }

    static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimHyphens(s);
        if (s.length() > MAX_LENGTH) {
            s = trimAtHyphen(s.substring(0, MAX_LENGTH));
        }
        return s;
    }

    private static String trimAtHyphen(String s) {
        int cut = s.lastIndexOf('-');
        return trimHyphens(cut > MAX_LENGTH / 2 ? s.substring(0, cut) : s);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
