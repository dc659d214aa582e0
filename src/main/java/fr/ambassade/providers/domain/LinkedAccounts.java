package fr.ambassade.providers.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider users who manage an establishment, through the accounts module (which audits the links). */
@Service
public class LinkedAccounts {

    private final Accounts accounts;

    LinkedAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    public List<String> emailsOf(long providerId) {
        return accounts.managersOf(providerId).stream()
                .map(AccountRef::email)
                .sorted()
                .toList();
    }

    /**
     * Links the provider account with this e-mail; false when there is none, whether no account has this e-mail or
     * it belongs to staff or a resident (one answer: see {@link Accounts#linkProviderByEmail}).
     */
    @Transactional
    public boolean link(long providerId, String email) {
        return email != null && accounts.linkProviderByEmail(email.strip(), providerId);
    }

    /** Moves every user linked to a merged provider onto the surviving one. */
    @Transactional
    public void move(long fromProviderId, long toProviderId) {
        for (AccountRef a : accounts.managersOf(fromProviderId)) {
            if (a.isProviderUser()) {
                accounts.linkEstablishment(a.id(), toProviderId);
            }
            accounts.unlinkEstablishment(a.id(), fromProviderId);
        }
    }
}
