package fr.ambassade.shared.pdf;

import java.util.Objects;

/**
 * What a PDF shows of the destination: its names and colours ({@code #rrggbb}), given to every template as
 * {@code brand}. The settings module provides the current one ({@link PdfBranding}).
 *
 * @param name the destination ("Office de tourisme des Terres de Vignes")
 * @param brandName the network's brand ("AmBBassadeurs")
 * @param text page text colour
 * @param background page background colour
 * @param accentText text on the accent colour
 * @param accent the accent colour (header band, headings)
 */
public record PdfBrand(
        String name, String brandName, String text, String background, String accentText, String accent) {

    /** Without settings (tests of another module, a command line): neutral names and colours. */
    public static final PdfBrand NEUTRAL =
            new PdfBrand("Ambassade", "Ambassade", "#1d1d1b", "#ffffff", "#ffffff", "#1f4e79");

    public PdfBrand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(brandName, "brandName");
        text = colour(text);
        background = colour(background);
        accentText = colour(accentText);
        accent = colour(accent);
    }

    /** Colours go into the document's style sheet: only {@code #rrggbb}. */
    private static String colour(String c) {
        if (c == null || !c.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + c);
        }
        return c.toLowerCase(java.util.Locale.ROOT);
    }
}
