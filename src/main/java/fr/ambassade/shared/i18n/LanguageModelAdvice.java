package fr.ambassade.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Exposes to every view: {@code lang} (current language code), {@code lp} (the public URL prefix to put
 * before links: "", "/en", "/nl") and {@code path} (the current path without prefix, for hreflang and the
 * language switch).
 */
@ControllerAdvice
public class LanguageModelAdvice {

    @ModelAttribute("lang")
    public String lang(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request).getLanguage();
    }

    @ModelAttribute("lp")
    public String languagePrefix(HttpServletRequest request) {
        Object l = request.getAttribute(LanguagePrefixFilter.LOCALE_ATTRIBUTE);
        return l instanceof Locale locale ? Languages.prefix(locale) : "";
    }

    @ModelAttribute("path")
    public String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
