package fr.ambassade.accounts;

import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The accounts module's facade: look up users and manage which establishments a provider user manages. */
public interface Accounts {

    /** The account with this e-mail (case-insensitive), if any. */
    Optional<AccountRef> byEmail(String email);

    /** The account with this id; {@link fr.ambassade.shared.NotFoundException} if none. */
    AccountRef require(long id);

    /**
     * Lets the provider user manage the establishment (idempotent, audited). Needs no running transaction.
     *
     * @throws IllegalArgumentException when the account is not a provider user ({@link AccountRef#isProviderUser()})
     */
    void linkEstablishment(long accountId, long providerId);

    /**
     * Links the provider user with this e-mail to the establishment (idempotent, audited), as staff do by typing
     * an e-mail. Returns false when there is no such account <em>or</em> it is not a provider user (staff,
     * resident): the two cases are one answer, so that a staff member who may not read the user list learns
     * nothing about who else has an account.
     */
    boolean linkProviderByEmail(String email, long providerId);

    /** Removes the user's access to the establishment (idempotent, audited). */
    void unlinkEstablishment(long accountId, long providerId);

    /** Users who manage the establishment, by e-mail. */
    List<AccountRef> managersOf(long providerId);

    /** Establishments (provider ids) the user manages. */
    Set<Long> establishmentsOf(long accountId);

    /**
     * Invites a provider user (candidate or ambassador) for these establishments: creates the account without
     * password, or links an existing provider account, and e-mails a set-password link for a new one.
     *
     * @throws IllegalArgumentException when the e-mail belongs to an account that is not a provider user (callers
     *     that face staff must answer as for any other refusal, without saying that the account exists)
     */
    default AccountRef inviteProvider(String email, String displayName, Locale locale, Set<Long> providerIds) {
        return inviteProvider(email, displayName, locale, providerIds, null);
    }

    /**
     * {@link #inviteProvider(String, String, Locale, Set)} whose set-password link leads, after the login, to
     * {@code next}: a local path of this installation ({@link LocalRedirect}; anything else is dropped). For an
     * existing account no e-mail is sent and {@code next} is not used.
     */
    AccountRef inviteProvider(String email, String displayName, Locale locale, Set<Long> providerIds, String next);

    /** The enabled accounts holding this role, by id (e.g. the animators a reminder goes to). */
    List<AccountRef> withRole(Role role);
}
