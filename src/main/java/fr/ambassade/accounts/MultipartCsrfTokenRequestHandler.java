package fr.ambassade.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF check without parsing a multipart body: reading the {@code _csrf} form field would make the
 * container spool the whole upload to disk before any authorisation. For a multipart request the token is
 * taken from the header or from the query string of the form's action URL (the no-JavaScript upload forms put
 * it there: {@code th:action="@{/admin/imports(_csrf=${_csrf.token})}"}); for every other request, as usual.
 */
final class MultipartCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return delegate.resolveCsrfTokenValue(
                RequestBodies.isMultipart(request) ? new QueryStringParameters(request) : request, csrfToken);
    }

    /** Parameters read from the query string only, never from the body. */
    static final class QueryStringParameters extends HttpServletRequestWrapper {
        QueryStringParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            try {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    if (key.equals(name)) {
                        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed escape: no token
            }
            return null;
        }
    }
}
