package fr.ambassade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "CREATE").by("tester").because("test"));

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select actor from audit_entry where object_id = ?", String.class, id))
                .isEqualTo("tester");
    }

    @Test
    void aPersonalChangeIsRecordedWithoutItsValues() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "UPDATE")
                .personalChange("email", "jeanne.old@example.org", "jeanne.new@example.org")
                .change("status", "DRAFT", "SUBMITTED"));

        String changes = jdbc.queryForObject("select changes::text from audit_entry where object_id = ?", String.class, id);

        assertThat(changes).contains("\"email\"").contains("\"personal\": true")
                .doesNotContain("jeanne").doesNotContain("example.org")
                .contains("DRAFT").contains("SUBMITTED");
    }

    @Test
    void theActorIsSystemWithoutAnAuthenticatedUser() {
        String id = recordOne(AuditRecord.of("AuditTest", UUID.randomUUID(), "IMPORT"));

        assertThat(jdbc.queryForObject("select actor from audit_entry where object_id = ?", String.class, id))
                .isEqualTo("system");
    }

    @Test
    void recordingOutsideATransactionFails() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> auditLog.record(AuditRecord.of("AuditTest", id, "CREATE")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, id)).isZero();
    }

    @Test
    void anEntryRollsBackWithTheChangeItDescribes() {
        String id = UUID.randomUUID().toString();

        tx.executeWithoutResult(s -> {
            auditLog.record(AuditRecord.of("AuditTest", id, "CREATE"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, id)).isZero();
    }
}
