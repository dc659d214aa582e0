package fr.ambassade.site;

import fr.ambassade.shared.i18n.Languages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Public pages whose path is translated: the path of each language (without its {@code /en}, {@code /nl}
 * prefix, which {@code LanguagePrefixFilter} strips), and the links the pages lead to.
 */
public final class SitePaths {

    /** "Devenir AmBBassadeur", per language. */
    public static final String BECOME_AMBASSADOR_FR = "/devenir-ambassadeur";

    public static final String BECOME_AMBASSADOR_EN = "/become-an-ambassador";
    public static final String BECOME_AMBASSADOR_NL = "/ambassadeur-worden";

    /** Where a candidate starts an application (the candidate's space; sign-in or account creation first). */
    public static final String START_APPLICATION = "/espace/candidature";

    private SitePaths() {}

    /** The path of the page in a language, without the language prefix. */
    public static String becomeAmbassador(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> BECOME_AMBASSADOR_EN;
            case "nl" -> BECOME_AMBASSADOR_NL;
            default -> BECOME_AMBASSADOR_FR;
        };
    }

    /** The link to the page in a language, with its prefix ({@code /en/become-an-ambassador}). */
    public static String becomeAmbassadorLink(Locale locale) {
        return Languages.prefix(locale) + becomeAmbassador(locale);
    }

    /** The page's path in each public language, for the hreflang links and the language switch. */
    static Map<String, String> becomeAmbassadorAlternates() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Locale l : Languages.PUBLIC) {
            paths.put(l.getLanguage(), becomeAmbassador(l));
        }
        return paths;
    }
}
