package fr.ambassade.membership.domain;

import fr.ambassade.settings.Charter;
import fr.ambassade.shared.MultilingualText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The charter text as the signer reads it: the commitments of one version in one language (French when a
 * translation is missing, as {@link MultilingualText#get} does), numbered, one per line. The signature records the
 * SHA-256 of exactly this text, so that what was signed can be proven later from the stored version.
 *
 * @param lines the numbered commitments as shown ("1. …")
 */
public record CharterText(int version, String language, List<String> lines) {

    public CharterText {
        lines = List.copyOf(lines);
    }

    public static CharterText of(Charter charter, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<MultilingualText> commitments = charter.commitments();
        List<String> lines = IntStream.range(0, commitments.size())
                .mapToObj(i -> (i + 1) + ". " + commitments.get(i).get(locale))
                .toList();
        return new CharterText(charter.version(), language, lines);
    }

    /** The text signed: the lines joined by a line feed, UTF-8. */
    public String text() {
        return String.join("\n", lines);
    }

    /** SHA-256 of {@link #text()}, lower-case hexadecimal (64 characters). */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
