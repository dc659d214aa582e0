package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.Account;
import fr.ambassade.accounts.domain.AccountRepository;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsFacade implements Accounts {

    private final AccountRepository accounts;
    private final AccountService service;

    AccountsFacade(AccountRepository accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountRef> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(Account.normalizeEmail(email)).map(AccountService::toRef);
    }

    @Override
    @Transactional(readOnly = true)
    public AccountRef require(long id) {
        return AccountService.toRef(service.load(id));
    }

    @Override
    @Transactional
    public void linkEstablishment(long accountId, long providerId) {
        requireProviderUser(service.load(accountId));
        service.link(accountId, providerId);
    }

    @Override
    @Transactional
    public boolean linkProviderByEmail(String email, long providerId) {
        if (email == null || email.isBlank()) {
            return false;
        }
        Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email));
        if (account.isEmpty() || !AccountService.toRef(account.get()).isProviderUser()) {
            return false;
        }
        service.link(account.get().getId(), providerId);
        return true;
    }

    private static void requireProviderUser(Account account) {
        if (!AccountService.toRef(account).isProviderUser()) {
            throw new IllegalArgumentException("Only provider accounts are linked to establishments");
        }
    }

    @Override
    @Transactional
    public void unlinkEstablishment(long accountId, long providerId) {
        service.unlink(accountId, providerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountRef> managersOf(long providerId) {
        return accounts.findByEstablishment(providerId).stream()
                .map(AccountService::toRef)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountRef> withRole(Role role) {
        return accounts.findEnabledByRole(role).stream()
                .map(AccountService::toRef)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> establishmentsOf(long accountId) {
        return accounts.findById(accountId).map(Account::getEstablishments).orElse(Set.of());
    }

    @Override
    @Transactional
    public AccountRef inviteProvider(String email, String displayName, Locale locale, Set<Long> providerIds) {
        Optional<Account> existing = accounts.findByEmail(Account.normalizeEmail(email));
        if (existing.isPresent()) {
            requireProviderUser(existing.get());
            providerIds.forEach(id -> service.link(existing.get().getId(), id));
            return AccountService.toRef(service.load(existing.get().getId()));
        }
        return AccountService.toRef(service.invite(
                new AccountService.InviteCommand(email, displayName, locale, Set.of(Role.PROVIDER), providerIds)));
    }
}
