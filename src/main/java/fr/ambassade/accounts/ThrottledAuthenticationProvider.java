package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.LoginThrottle;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts the attempt (atomically, committed) before the password is checked: past the limit for the e-mail or the
 * client address, even the right password is refused, and parallel guesses cannot get more tries than the limit.
 * A success gives its attempt back through the login success handler.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Optional<Duration> locked = throttle.attemptLogin(authentication.getName(), remote);
        if (locked.isPresent()) {
            throw new LoginThrottledException(Math.max(1, (locked.get().toSeconds() + 59) / 60));
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof AccountPrincipal principal) {
            // the session keeps the user without the password hash
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    principal.withoutPassword(), null, result.getAuthorities());
            token.setDetails(result.getDetails());
            return token;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
