package fr.ambassade.providers.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider users who manage an establishment.
 *
 * <p>INTEGRATION: the accounts module owns {@code account} and {@code account_establishment}; replace these queries by
 * {@code Accounts.managersOf(providerId)}, {@code Accounts.byEmail(email)} and
 * {@code Accounts.linkEstablishment(accountId, providerId)} once it is merged. Until then the tables may be missing
 * and this answers "nobody".
 */
@Service
public class LinkedAccounts {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    LinkedAccounts(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean available() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select to_regclass('account_establishment') is not null and to_regclass('account') is not null",
                Boolean.class));
    }

    public List<String> emailsOf(long providerId) {
        if (!available()) {
            return List.of();
        }
        return jdbc.queryForList("select a.email from account a join account_establishment ae on ae.account_id = a.id "
                + "where ae.provider_id = ? order by a.email", String.class, providerId);
    }

    /** Links the account with this e-mail; false when there is no such account. */
    @Transactional
    public boolean link(long providerId, String email) {
        if (!available() || email == null || email.isBlank()) {
            return false;
        }
        int n = jdbc.update("insert into account_establishment (account_id, provider_id) "
                + "select a.id, ? from account a where lower(a.email) = lower(?) on conflict do nothing", providerId, email.strip());
        List<Long> found = jdbc.queryForList("select id from account where lower(email) = lower(?)", Long.class, email.strip());
        if (found.isEmpty()) {
            return false;
        }
        if (n > 0) {
            audit.record(AuditRecord.of(ProviderService.AUDIT_TYPE, providerId, "ACCOUNT_LINKED")
                    .change("accountId", null, found.get(0)));
        }
        return true;
    }
}
