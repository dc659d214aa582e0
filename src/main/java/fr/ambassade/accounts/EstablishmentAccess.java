package fr.ambassade.accounts;

import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one access check on an establishment's data. Staff may see every establishment; a provider user only
 * the establishments linked to them; for anyone else the establishment does not exist (404, never 403, so
 * that its existence is not revealed).
 */
@Component
public class EstablishmentAccess {

    private final CurrentUser currentUser;
    private final Accounts accounts;

    EstablishmentAccess(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** Throws {@link NotFoundException} unless the current user may see the establishment. */
    public void requireAccess(long providerId) {
        if (!canAccess(providerId)) {
            throw new NotFoundException("establishment " + providerId);
        }
    }

    public boolean canAccess(long providerId) {
        if (currentUser.isStaff()) {
            return true;
        }
        return currentUser.hasRole(Role.PROVIDER) && managedByCurrentUser().contains(providerId);
    }

    /** Establishments the current provider user manages (empty for anyone else). */
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
