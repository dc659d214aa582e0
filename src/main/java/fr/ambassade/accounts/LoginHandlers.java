package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where users land after login, and the counting of failures for the throttle. */
final class LoginHandlers {

    static final String USERNAME_PARAMETER = "username";

    private LoginHandlers() {}

    /** Staff → back office, provider users → their space, residents → their account; a saved request wins. */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LoginThrottle throttle;

        Success(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws jakarta.servlet.ServletException, IOException {
            throttle.recordSuccess(authentication.getName());
            super.onAuthenticationSuccess(request, response, authentication);
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            return homeOf(authentication.getAuthorities());
        }
    }

    static String homeOf(Collection<? extends GrantedAuthority> authorities) {
        java.util.Set<String> names = new java.util.HashSet<>();
        authorities.forEach(a -> names.add(a.getAuthority()));
        if (Role.STAFF.stream().anyMatch(r -> names.contains(r.authority()))) {
            return "/admin";
        }
        if (names.contains(Role.PROVIDER.authority())) {
            return "/espace";
        }
        if (names.contains(Role.RESIDENT.authority())) {
            return "/account";
        }
        return "/";
    }

    /** Counts the failure (unless the attempt was refused by the throttle itself) and goes back to the form. */
    static final class Failure implements AuthenticationFailureHandler {
        private final LoginThrottle throttle;
        private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

        Failure(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            if (exception instanceof LoginThrottledException throttled) {
                redirect.sendRedirect(request, response, "/login?locked=" + throttled.minutes());
                return;
            }
            throttle.recordFailure(request.getParameter(USERNAME_PARAMETER), request.getRemoteAddr());
            redirect.sendRedirect(request, response, "/login?error");
        }
    }
}
