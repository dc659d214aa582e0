package fr.ambassade.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text colour and the background it is shown on, as {@code #rrggbb}. {@link #contrastRatio()} is the
 * WCAG 2.x contrast ratio (1 to 21); AA for normal text needs at least {@value #AA_NORMAL_TEXT}.
 */
public record ColourPair(String text, String background) {

    public static final double AA_NORMAL_TEXT = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public ColourPair {
        text = normalise(text);
        background = normalise(background);
    }

    /** "#ABC" → "#aabbcc", "1D1D1B" → "#1d1d1b"; throws when not a hex colour. */
    public static String normalise(String colour) {
        Objects.requireNonNull(colour, "colour");
        String c = colour.strip().toLowerCase(Locale.ROOT);
        if (!c.startsWith("#")) {
            c = "#" + c;
        }
        if (c.matches("#[0-9a-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (!HEX.matcher(c).matches()) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
        }
        return c;
    }

    public static boolean isColour(String colour) {
        try {
            normalise(colour);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public double contrastRatio() {
        return contrastRatio(text, background);
    }

    public boolean meetsAa() {
        return contrastRatio() >= AA_NORMAL_TEXT;
    }

    /** WCAG 2.x: (L1 + 0.05) / (L2 + 0.05) with L the relative luminance of the lighter and darker colour. */
    public static double contrastRatio(String a, String b) {
        double la = luminance(normalise(a));
        double lb = luminance(normalise(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
