package fr.ambassade.accounts;

import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import java.util.Optional;
import java.util.Set;

/**
 * The account of the current request, on top of {@link ActingUser} (the one way to find who acts). Implemented by
 * the package-private {@code RequestCurrentUser}.
 */
public interface CurrentUser {

    /** The logged-in user's account, if logged in (read fresh from the database). */
    Optional<AccountRef> current();

    /** The logged-in user's e-mail (login name), if logged in. */
    Optional<String> email();

    /** The roles granted to the current request (empty when anonymous). */
    Set<Role> roles();

    boolean hasRole(Role role);

    /** Whether the current request has a staff role. */
    boolean isStaff();
}
