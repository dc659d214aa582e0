package fr.ambassade.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short random id, put in the logging context ({@code %X{requestId}}) and returned as
 * {@code X-Request-Id}, so that a user's report can be matched with the log lines of that request without
 * logging anything personal. An id set by a reverse proxy is kept when it is a plain token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    // Anything else could forge log lines (CR/LF) or carry personal data.
    private static final Pattern SAFE_INCOMING = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request);
        MDC.put(MDC_KEY, id);
        if (!response.isCommitted() && !response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String requestId(HttpServletRequest request) {
        // An error dispatch keeps the id of the request it renders.
        if (request.getAttribute(ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SAFE_INCOMING.matcher(incoming).matches() ? incoming : newId();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static String newId() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
