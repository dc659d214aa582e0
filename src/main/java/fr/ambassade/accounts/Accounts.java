package fr.ambassade.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The accounts module's facade: look up users and manage which establishments a provider user manages. */
public interface Accounts {

    /** The account with this e-mail (case-insensitive), if any. */
    Optional<AccountRef> byEmail(String email);

    /** The account with this id; {@link fr.ambassade.shared.web.NotFoundException} if none. */
    AccountRef require(long id);

    /** Lets the user manage the establishment (idempotent, audited). Needs no running transaction. */
    void linkEstablishment(long accountId, long providerId);

    /** Removes the user's access to the establishment (idempotent, audited). */
    void unlinkEstablishment(long accountId, long providerId);

    /** Users who manage the establishment, by e-mail. */
    List<AccountRef> managersOf(long providerId);

    /** Establishments (provider ids) the user manages. */
    Set<Long> establishmentsOf(long accountId);

    /**
     * Invites a provider user (candidate or ambassador) for these establishments: creates the account without
     * password, or links an existing account, and e-mails a set-password link for a new one.
     */
    AccountRef inviteProvider(String email, String displayName, Locale locale, Set<Long> providerIds);
}
