package fr.ambassade.shared.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages carry their language in the URL ({@code /en/…}, {@code /nl/…}; French has no prefix). This
 * filter records the language and strips the prefix, so one controller serves every language and the
 * security rules see the same paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class LanguagePrefixFilter extends OncePerRequestFilter {

    /** Request attribute holding the public {@link Locale} taken from the URL prefix. */
    public static final String LOCALE_ATTRIBUTE = LanguagePrefixFilter.class.getName() + ".locale";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Locale locale : Languages.PUBLIC) {
            String prefix = Languages.prefix(locale);
            if (prefix.isEmpty()) {
                continue;
            }
            if (path.equals(prefix)) {
                response.sendRedirect(request.getContextPath() + prefix + "/");
                return;
            }
            if (path.startsWith(prefix + "/")) {
                request.setAttribute(LOCALE_ATTRIBUTE, locale);
                chain.doFilter(new StrippedRequest(request, prefix), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static final class StrippedRequest extends HttpServletRequestWrapper {
        private final String prefix;

        StrippedRequest(HttpServletRequest request, String prefix) {
            super(request);
            this.prefix = prefix;
        }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            String ctx = getContextPath();
            return ctx + uri.substring(ctx.length() + prefix.length());
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            int at = url.indexOf(getContextPath() + prefix + "/", url.indexOf("//") + 2);
            if (at >= 0) {
                url.delete(at + getContextPath().length(), at + getContextPath().length() + prefix.length());
            }
            return url;
        }

        @Override
        public String getServletPath() {
            String sp = super.getServletPath();
            return sp.startsWith(prefix + "/") ? sp.substring(prefix.length()) : sp;
        }
    }
}
