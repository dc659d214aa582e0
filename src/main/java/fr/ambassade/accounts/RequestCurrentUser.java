package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** {@link CurrentUser} from the request's authentication ({@link ActingUser}) and the accounts facade. */
@Component
class RequestCurrentUser implements CurrentUser {

    private final Accounts accounts;

    RequestCurrentUser(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
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

    @Override
    public Optional<String> email() {
        return ActingUser.name();
    }

    @Override
    public Set<Role> roles() {
        return ActingUser.roles();
    }

    @Override
    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    @Override
    public boolean isStaff() {
        return roles().stream().anyMatch(Role::isStaff);
    }
}
