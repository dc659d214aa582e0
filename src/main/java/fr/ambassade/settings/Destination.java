package fr.ambassade.settings;

import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The destination as configured by the director.
 *
 * @param colours page text on page background
 * @param accent text on the accent colour (header band, buttons); the accent is also the link colour
 *     on the page background
 * @param publicLanguages language codes of the public site, French first
 * @param passThresholdPercent score (0–100) an evaluation must reach to pass
 * @param renewalMonths how long an ambassador title lasts before renewal
 * @param logoVersion changes when the logo changes (for cache-busting URLs), null without a logo
 * @param version optimistic-locking version of the settings row
 */
public record Destination(
        String name,
        String brandName,
        MultilingualText tagline,
        Contact contact,
        ColourPair colours,
        ColourPair accent,
        List<String> publicLanguages,
        ZoneId timeZone,
        BigDecimal passThresholdPercent,
        int renewalMonths,
        String logoMediaType,
        Instant logoVersion,
        Instant updatedAt,
        long version) {

    public Destination {
        publicLanguages = List.copyOf(publicLanguages);
    }

    public boolean hasLogo() {
        return logoMediaType != null;
    }

    public String tagline(Locale locale) {
        return tagline.get(locale);
    }

    public boolean isPublicLanguage(String code) {
        return publicLanguages.contains(code);
    }
}
