package fr.ambassade.accounts.domain;

import fr.ambassade.shared.security.Role;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test access to the package-private account entity: writes accounts straight to the repository (no invitation,
 * no e-mail, no audit entry), as the tests' object mother ({@code accounts/TestAccounts}) needs, and reads them back
 * as {@link AccountView}. A {@code @Component} of the test classpath, like {@code ProviderEventsProbe}.
 */
@Component
public class AccountFixtures {

    private final AccountRepository accounts;

    AccountFixtures(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A new enabled account, with this password hash (null: none) and these establishments. */
    @Transactional
    public AccountView create(
            String email,
            String displayName,
            Locale locale,
            Set<Role> roles,
            String passwordHash,
            long... establishments) {
        Account account = new Account(email, displayName, locale, roles);
        if (passwordHash != null) {
            account.setPasswordHash(passwordHash);
        }
        for (long id : establishments) {
            account.link(id);
        }
        return AccountView.of(accounts.saveAndFlush(account));
    }

    @Transactional(readOnly = true)
    public AccountView reload(long id) {
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> byEmail(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    public String passwordHash(long id) {
        return accounts.findById(id).orElseThrow().getPasswordHash();
    }

    /** The principal a login of this account builds (with its password hash). */
    @Transactional(readOnly = true)
    public AccountPrincipal principal(long id) {
        return AccountPrincipal.of(accounts.findById(id).orElseThrow());
    }

    @Transactional
    public AccountView link(long id, long providerId) {
        Account account = accounts.findById(id).orElseThrow();
        account.link(providerId);
        return AccountView.of(accounts.saveAndFlush(account));
    }

    @Transactional
    public AccountView changeRoles(long id, Set<Role> roles) {
        Account account = accounts.findById(id).orElseThrow();
        account.changeRoles(roles);
        return AccountView.of(accounts.saveAndFlush(account));
    }

    @Transactional
    public AccountView deactivate(long id) {
        Account account = accounts.findById(id).orElseThrow();
        account.deactivate();
        return AccountView.of(accounts.saveAndFlush(account));
    }

    @Transactional
    public AccountView setPasswordHash(long id, String passwordHash) {
        Account account = accounts.findById(id).orElseThrow();
        account.setPasswordHash(passwordHash);
        return AccountView.of(accounts.saveAndFlush(account));
    }
}
