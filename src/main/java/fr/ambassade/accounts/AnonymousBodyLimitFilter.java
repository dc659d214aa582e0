package fr.ambassade.accounts;

import fr.ambassade.shared.security.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first line against disk filling: a request without a signed-in session may not send more than
 * {@link UploadLimit#DEFAULT_BODY}, on any route. It runs before every filter that could read the body (the
 * form-content filter, the CSRF check, the login form), refuses on the declared length at once (413) and
 * closes the connection, so nothing is read, buffered or spooled. A multipart body without a length is refused
 * (411); any other body without a length is counted as it is read.
 *
 * <p>Signed-in requests go on: the limit of their route is checked after authorisation by
 * {@link UploadLimitFilter}.
 */
class AnonymousBodyLimitFilter extends OncePerRequestFilter {

    private static final long MAX = UploadLimit.DEFAULT_BODY.toBytes();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasSignedInSession(request)) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > MAX) {
            RequestBodies.refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if (RequestBodies.hasUndeclaredLength(request)) {
            if (RequestBodies.isMultipart(request)) {
                RequestBodies.refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            } else {
                chain.doFilter(RequestBodies.limitedTo(request, MAX), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Read from the session as Spring Security stored it; the authorisation itself comes later in the chain. */
    private static boolean hasSignedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext securityContext)) {
            return false;
        }
        Authentication authentication = securityContext.getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
