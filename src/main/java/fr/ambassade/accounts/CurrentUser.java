package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The account of the current request, on top of {@link ActingUser} (the one way to find who acts). */
@Component
public class CurrentUser {

    private final Accounts accounts;

    CurrentUser(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The logged-in user's account, if logged in (read fresh from the database). */
    public Optional<AccountRef> current() {
        Authentication auth = ActingUser.authentication().orElse(null);
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(accounts.require(principal.id()));
        }
        return accounts.byEmail(auth.getName());
    }

    /** The logged-in user's e-mail (login name), if logged in. */
    public Optional<String> email() {
        return ActingUser.name();
    }

    /** The roles granted to the current request (empty when anonymous). */
    public Set<Role> roles() {
        return ActingUser.roles();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean isStaff() {
        return roles().stream().anyMatch(Role::isStaff);
    }
}
