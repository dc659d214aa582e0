package fr.ambassade.providers.importing.datatourisme;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a photo licence text ({@code ebucore:isCoveredBy}) is clearly open. Anything doubtful is not:
 * "oui", "Tous droits réservés", any NC or ND variant, an empty text.
 */
final class PhotoLicences {

    private PhotoLicences() {}

    static boolean isPubliclyReusable(String licence) {
        if (licence == null || licence.isBlank()) {
            return false;
        }
        String norm = normalise(licence);
        Set<String> tokens = new HashSet<>(java.util.Arrays.asList(norm.split(" ")));
        if (tokens.contains("nc")
                || tokens.contains("nd")
                || norm.contains("non commercial")
                || norm.contains("noncommercial")
                || norm.contains("pas d utilisation commerciale")
                || norm.contains("pas de modification")
                || norm.contains("no derivatives")
                || norm.contains("noderivatives")) {
            return false;
        }
        if (norm.contains("licence ouverte")
                || norm.contains("open licence")
                || norm.contains("open license")
                || norm.contains("etalab")
                || tokens.contains("cc0")
                || norm.contains("cc zero")
                || norm.contains("public domain")
                || norm.contains("domaine public")) {
            return true;
        }
        boolean creativeCommons = tokens.contains("cc") || norm.contains("creative commons");
        return tokens.contains("by") && (creativeCommons || norm.startsWith("by "))
                || norm.equals("by")
                || norm.equals("cc by")
                || norm.equals("cc by sa");
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String lower = s.toLowerCase(Locale.ROOT);
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'é' || c == 'è' || c == 'ê') {
                c = 'e';
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }
}
