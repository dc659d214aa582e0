package fr.ambassade.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages: the language of the URL prefix (French without prefix), never a session. Back office and
 * account pages ({@code /admin}, {@code /login}, {@code /password}, {@code /account}, {@code /espace}):
 * the language the user chose (cookie), French by default. The API ({@code /api/…}): {@code ?lang=fr|en|nl}, else
 * the best supported language of the {@code Accept-Language} header, French by default (see {@link #apiLocale}).
 */
public class AmbassadeLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "ambassade-lang";
    private static final String[] STAFF_PREFIXES = {"/admin", "/login", "/logout", "/password", "/account", "/espace"};

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object fromPrefix = request.getAttribute(LanguagePrefixFilter.LOCALE_ATTRIBUTE);
        if (fromPrefix instanceof Locale locale) {
            return locale;
        }
        if (isApi(request)) {
            return apiLocale(request);
        }
        if (!isStaffArea(request)) {
            return Languages.FRENCH;
        }
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return Languages.staffLocale(c.getValue());
                }
            }
        }
        return Languages.FRENCH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = Languages.staffLocale(locale == null ? "fr" : locale.getLanguage());
        request.setAttribute(COOKIE, chosen);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            // behind a TLS proxy the request is secure (server.forward-headers-strategy): so is the cookie
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /**
     * The language of an API answer: {@code ?lang=fr|en|nl} when given (an unknown value: French), else the first
     * language of {@code Accept-Language} that the product speaks (French, English, Dutch), else French. Also used
     * by the error dispatch of an API request, whose own path is {@code /error}.
     */
    public static Locale apiLocale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return Languages.publicLocale(lang.strip().toLowerCase(Locale.ROOT));
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.PUBLIC);
                if (match != null) {
                    return Languages.publicLocale(match.getLanguage());
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header is ignored, as a missing one
            }
        }
        return Languages.FRENCH;
    }

    /** Whether the request is for the public API ({@code /api/…}). */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public static boolean isStaffArea(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String p : STAFF_PREFIXES) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
