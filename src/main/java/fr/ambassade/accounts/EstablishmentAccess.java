package fr.ambassade.accounts;

import fr.ambassade.shared.NotFoundException;
import java.util.Set;

/**
 * The one access check on an establishment's data. Staff may see every establishment; a provider user only
 * the establishments linked to them; for anyone else the establishment does not exist (404, never 403, so
 * that its existence is not revealed). Implemented by the package-private {@code LinkedEstablishmentAccess}.
 */
public interface EstablishmentAccess {

    /** Throws {@link NotFoundException} unless the current user may see the establishment. */
    void requireAccess(long providerId);

    /** Whether the current user may see the establishment (staff: always; a provider user: when linked to it). */
    boolean canAccess(long providerId);

    /** Establishments the current provider user manages (empty for anyone else). */
    Set<Long> managedByCurrentUser();
}
