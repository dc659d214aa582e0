package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.i18n.AmbassadeLocaleResolver;
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
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Where users land after login (a success gives its throttle attempt back), and the way back after a refusal. */
final class LoginHandlers {

    static final String USERNAME_PARAMETER = "username";
    /** Session attribute keeping the e-mail typed in a refused login, so the form shows it again. */
    public static final String LAST_EMAIL = "accounts.login.lastEmail";

    private LoginHandlers() {}

    /** Staff → back office, provider users → their space, residents → their account; a saved request wins. */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LoginThrottle throttle;

        Success(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws jakarta.servlet.ServletException, IOException {
            throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
            if (authentication.getPrincipal() instanceof AccountPrincipal principal && !hasLanguageCookie(request)) {
                // first login on this browser: the back office speaks the user's language
                new AmbassadeLocaleResolver().setLocale(request, response, principal.locale());
            }
            java.util.Optional<String> next = LocalRedirect.of(request.getParameter(LocalRedirect.PARAMETER));
            if (next.isPresent()) {
                // a set-password link's destination (a local path only): it wins over a saved request
                new HttpSessionRequestCache().removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, next.get());
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }

        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            return homeOf(authentication.getAuthorities());
        }
    }

    private static boolean hasLanguageCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if (AmbassadeLocaleResolver.COOKIE.equals(c.getName())) {
                return true;
            }
        }
        return false;
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

    /** Goes back to the form (the attempt was already counted before the password check). */
    static final class Failure implements AuthenticationFailureHandler {
        private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String email = request.getParameter(USERNAME_PARAMETER);
            if (email != null && email.length() <= 254) {
                request.getSession().setAttribute(LAST_EMAIL, email);
            }
            String next = LocalRedirect.queryPart(request.getParameter(LocalRedirect.PARAMETER));
            if (exception instanceof LoginThrottledException throttled) {
                redirect.sendRedirect(request, response, "/login?locked=" + throttled.minutes() + next);
                return;
            }
            redirect.sendRedirect(request, response, "/login?error" + next);
        }
    }
}
