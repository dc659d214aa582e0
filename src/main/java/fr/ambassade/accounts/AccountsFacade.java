package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsFacade implements Accounts {

    private final AccountService service;

    AccountsFacade(AccountService service) {
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountRef> byEmail(String email) {
        return service.findByEmail(email).map(AccountView::toRef);
    }

    @Override
    @Transactional(readOnly = true)
    public AccountRef require(long id) {
        return service.require(id).toRef();
    }

    @Override
    @Transactional
    public void linkEstablishment(long accountId, long providerId) {
        requireProviderUser(service.require(accountId));
        service.link(accountId, providerId);
    }

    @Override
    @Transactional
    public boolean linkProviderByEmail(String email, long providerId) {
        Optional<AccountView> account = service.findByEmail(email);
        if (account.isEmpty() || !account.get().toRef().isProviderUser()) {
            return false;
        }
        service.link(account.get().id(), providerId);
        return true;
    }

    private static void requireProviderUser(AccountView account) {
        if (!account.toRef().isProviderUser()) {
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
        return service.linkedTo(providerId).stream().map(AccountView::toRef).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountRef> withRole(Role role) {
        return service.withRole(role).stream().map(AccountView::toRef).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> establishmentsOf(long accountId) {
        return service.find(accountId).map(AccountView::establishments).orElse(Set.of());
    }

    @Override
    @Transactional
    public AccountRef inviteProvider(
            String email, String displayName, Locale locale, Set<Long> providerIds, String next) {
        Optional<AccountView> existing = service.findByEmail(email);
        if (existing.isPresent()) {
            requireProviderUser(existing.get());
            providerIds.forEach(id -> service.link(existing.get().id(), id));
            return service.require(existing.get().id()).toRef();
        }
        return service.invite(new AccountService.InviteCommand(
                        email, displayName, locale, Set.of(Role.PROVIDER), providerIds, next))
                .toRef();
    }
}
