package fr.ambassade.accounts;

import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@link EstablishmentAccess} from the current user's roles and the establishments linked to their account. */
@Component
class LinkedEstablishmentAccess implements EstablishmentAccess {

    private final CurrentUser currentUser;
    private final Accounts accounts;

    LinkedEstablishmentAccess(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void requireAccess(long providerId) {
        if (!canAccess(providerId)) {
            throw new NotFoundException("establishment " + providerId);
        }
    }

    @Override
    public boolean canAccess(long providerId) {
        if (currentUser.isStaff()) {
            return true;
        }
        return currentUser.hasRole(Role.PROVIDER) && managedByCurrentUser().contains(providerId);
    }

    @Override
    public Set<Long> managedByCurrentUser() {
        if (!currentUser.hasRole(Role.PROVIDER)) {
            return Set.of();
        }
        Optional<AccountRef> me = currentUser.current();
        return me.filter(AccountRef::enabled)
                .map(a -> accounts.establishmentsOf(a.id()))
                .orElse(Set.of());
    }
}
