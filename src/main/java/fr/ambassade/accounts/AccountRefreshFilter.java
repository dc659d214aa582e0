package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the logged-in account on each request (one primary-key query), so that a deactivation or a password
 * change (a newer credentials version than the session's) ends the user's sessions and a role change applies at
 * once, on every node, without a shared session registry.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountRefreshFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<AccountView> account = accounts.find(principal.id());
            if (account.isEmpty()
                    || !account.get().enabled()
                    || account.get().credentialsVersion() != principal.credentialsVersion()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!new HashSet<>(account.get().roles()).equals(new HashSet<>(principal.roles()))
                    || !account.get().displayName().equals(principal.displayName())) {
                AccountPrincipal fresh = account.get().principal();
                UsernamePasswordAuthenticationToken refreshed =
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                refreshed.setDetails(auth.getDetails());
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(refreshed);
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
