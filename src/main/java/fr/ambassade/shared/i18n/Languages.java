package fr.ambassade.shared.i18n;

import java.util.List;
import java.util.Locale;

/** Languages of the product: French first; English for everything; Dutch for the public site and visitor e-mails. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = new Locale("nl");

    /** Public site languages, in the order of the language switch; French is served without prefix. */
    public static final List<Locale> PUBLIC = List.of(FRENCH, ENGLISH, DUTCH);
    /** Back-office languages. */
    public static final List<Locale> STAFF = List.of(FRENCH, ENGLISH);

    private Languages() {}

    /** The URL prefix of a public language: "" for French, "/en", "/nl". */
    public static String prefix(Locale locale) {
        return FRENCH.getLanguage().equals(locale.getLanguage()) ? "" : "/" + locale.getLanguage();
    }

    public static Locale publicLocale(String code) {
        for (Locale l : PUBLIC) {
            if (l.getLanguage().equals(code)) {
                return l;
            }
        }
        return FRENCH;
    }

    public static Locale staffLocale(String code) {
        return ENGLISH.getLanguage().equals(code) ? ENGLISH : FRENCH;
    }
}
