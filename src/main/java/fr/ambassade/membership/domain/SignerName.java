package fr.ambassade.membership.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name typed to sign the charter must be the signer's account name, ignoring case, accents, and spaces or hyphens
 * around the words: "Élodie  Lefèbvre-Dupont" matches "elodie lefebvre dupont", "Élodie Lefebvre" does not match
 * "Élodie Dupont".
 */
final class SignerName {

    private SignerName() {}

    static boolean matches(String typed, String accountName) {
        if (typed == null || accountName == null) {
            return false;
        }
        String a = normalize(typed);
        return !a.isEmpty() && a.equals(normalize(accountName));
    }

    static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\-‐‑]+", " ").strip();
    }
}
