package fr.ambassade.accounts.domain;

import fr.ambassade.audit.AuditActors;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit log's view of accounts: ids when it writes, names when it is read. */
@Component
class AccountAuditActors implements AuditActors {

    private final AccountRepository accounts;

    AccountAuditActors(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Long> accountIdOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.id());
        }
        return authentication == null ? Optional.empty() : accountIdByLogin(authentication.getName());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> accountIdByLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(Account.normalizeEmail(login)).map(Account::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.findAllById(new LinkedHashSet<>(accountIds))
                    .forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> accountIdsMatching(String nameOrEmail, int limit) {
        if (nameOrEmail == null || nameOrEmail.isBlank()) {
            return Set.of();
        }
        String text = nameOrEmail.strip().toLowerCase(Locale.ROOT);
        return new LinkedHashSet<>(
                accounts.findIdsByEmailOrName(text, "%" + escapeLike(text) + "%", PageRequest.of(0, limit)));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
