package fr.ambassade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private String recordOne(AuditRecord record) {
        tx.executeWithoutResult(s -> auditLog.record(record));
        return record.objectId();
    }

    /**
     * The triggers refuse it ("append-only"); an application role without the owner's rights is refused even before
     * ("permission denied", the external-database step of .ci/run).
     */
    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "CREATE")
                .by("tester")
                .because("test"));

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogIntegrationTest::refusedByTheDatabase);
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogIntegrationTest::refusedByTheDatabase);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .satisfies(AuditLogIntegrationTest::refusedByTheDatabase);

        assertThat(jdbc.queryForObject("select actor from audit_entry where object_id = ?", String.class, id))
                .isEqualTo("tester");
    }

    private static void refusedByTheDatabase(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root.getMessage()).containsAnyOf("append-only", "permission denied");
    }

    @Test
    void aPersonalChangeIsRecordedWithoutItsValues() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "UPDATE")
                .personalChange("email", "jeanne.old@example.org", "jeanne.new@example.org")
                .change("status", "DRAFT", "SUBMITTED"));

        String changes =
                jdbc.queryForObject("select changes::text from audit_entry where object_id = ?", String.class, id);

        assertThat(changes)
                .contains("\"email\"")
                .contains("\"personal\": true")
                .doesNotContain("jeanne")
                .doesNotContain("example.org")
                .contains("DRAFT")
                .contains("SUBMITTED");
    }

    @Test
    void theActorIsSystemWithoutAnAuthenticatedUser() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "IMPORT"));

        assertThat(jdbc.queryForObject("select actor from audit_entry where object_id = ?", String.class, id))
                .isEqualTo("system");
    }

    @Test
    void theActorIsStoredAsTheAccountIdNeverAsAnEmailAddress() {
        String email = "auditee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long accountId = anAccount(email, "Anne Auditée");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, List.of()));
        String id;
        try {
            id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "APPROVE"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String byLogin = recordOne(
                AuditRecord.of("AuditTest", UUID.randomUUID(), "APPROVE").by(email.toUpperCase()));
        String byAccount = recordOne(
                AuditRecord.of("AuditTest", UUID.randomUUID(), "APPROVE").byAccount(accountId));
        String byStranger = recordOne(
                AuditRecord.of("AuditTest", UUID.randomUUID(), "APPROVE").by("nobody@example.org"));

        for (String objectId : List.of(id, byLogin, byAccount)) {
            Map<String, Object> row =
                    jdbc.queryForMap("select actor, actor_account_id from audit_entry where object_id = ?", objectId);
            assertThat(row).containsEntry("actor_account_id", accountId).containsEntry("actor", null);
        }
        assertThat(jdbc.queryForObject("select actor from audit_entry where object_id = ?", String.class, byStranger))
                .as("an e-mail without account is not kept")
                .isEqualTo("unknown");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor like '%@%'", Long.class))
                .isZero();
    }

    @Test
    void theEstablishmentActedForIsKept() {
        String id = recordOne(AuditRecord.of("Provider", UUID.randomUUID(), "UPDATED")
                .forEstablishment(4242L)
                .by("tester"));

        assertThat(jdbc.queryForObject("select establishment_id from audit_entry where object_id = ?", Long.class, id))
                .isEqualTo(4242L);
    }

    static long anAccount(JdbcTemplate jdbc, String email, String displayName) {
        return jdbc.queryForObject(
                "insert into account (email, display_name) values (?, ?) returning id", Long.class, email, displayName);
    }

    private long anAccount(String email, String displayName) {
        return anAccount(jdbc, email, displayName);
    }

    @Test
    void recordingOutsideATransactionFails() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> auditLog.record(AuditRecord.of("AuditTest", id, "CREATE")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void anEntryRollsBackWithTheChangeItDescribes() {
        String id = UUID.randomUUID().toString();

        tx.executeWithoutResult(s -> {
            auditLog.record(AuditRecord.of("AuditTest", id, "CREATE"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, id))
                .isZero();
    }
}
