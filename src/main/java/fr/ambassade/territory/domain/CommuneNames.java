package fr.ambassade.territory.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises commune names so that the spellings found in addresses match the official ones:
 * "Noeux les mines", "NŒUX-LES-MINES" and "Nœux-les-Mines" all become "noeux les mines".
 */
public final class CommuneNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CEDEX = Pattern.compile("\\s+cedex(\\s+\\d+)?\\s*$");
    private static final List<String> ARTICLES = List.of("l", "le", "la", "les");

    private CommuneNames() {}

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_ALNUM.matcher(s).replaceAll(" ").trim();
        s = CEDEX.matcher(s).replaceAll("");
        if (s.isEmpty()) {
            return s;
        }
        List<String> words = new ArrayList<>();
        for (String word : s.split(" ")) {
            words.add(
                    switch (word) {
                        case "st" -> "saint";
                        case "ste" -> "sainte";
                        // "lès" and "lez" (near) are both written "les" in everyday addresses
                        case "lez" -> "les";
                        default -> word;
                    });
        }
        return String.join(" ", words);
    }

    /** The normalised name without its leading article ("la couture" → "couture"), for a looser match. */
    public static String withoutArticle(String normalised) {
        int space = normalised.indexOf(' ');
        if (space > 0 && ARTICLES.contains(normalised.substring(0, space))) {
            return normalised.substring(space + 1);
        }
        return normalised;
    }
}
