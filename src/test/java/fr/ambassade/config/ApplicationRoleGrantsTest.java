package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import fr.ambassade.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An application role that does not own the tables gets what it needs (read and write the tables, tables created
 * later included) and cannot change the audit log: no UPDATE, DELETE, TRUNCATE, nor dropping its triggers.
 * Needs a role that may create roles (the embedded superuser); skipped otherwise (.ci/run proves the same with psql).
 */
@IntegrationTest
class ApplicationRoleGrantsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    final String role = "ambassade_app_" + UUID.randomUUID().toString().substring(0, 8);
    final String password = UUID.randomUUID().toString();

    @BeforeEach
    void anApplicationRole() {
        assumeTrue(
                Boolean.TRUE.equals(jdbc.queryForObject(
                        "select rolsuper from pg_roles where rolname = current_user", Boolean.class)),
                "needs a superuser to create a role");
        jdbc.execute("create role " + role + " login password '" + password + "'");
    }

    @AfterEach
    void dropIt() {
        if (Boolean.TRUE.equals(
                jdbc.queryForObject("select count(*) > 0 from pg_roles where rolname = ?", Boolean.class, role))) {
            jdbc.execute("drop table if exists grants_test_later");
            jdbc.execute("drop owned by " + role);
            jdbc.execute("drop role " + role);
        }
    }

    @Test
    void theApplicationRoleMayUseEveryTableButOnlyAppendToTheAuditLog() throws Exception {
        try (Connection owner = dataSource.getConnection()) {
            assertThat(ApplicationRoleGrants.grant(owner, role)).isTrue();
        }
        jdbc.execute("create table grants_test_later (id int)"); // a table of a later migration

        try (Connection app = DriverManager.getConnection(
                        dataSource.unwrap(HikariDataSource.class).getJdbcUrl().replaceAll("\\?.*", ""),
                        role,
                        password);
                Statement s = app.createStatement()) {
            s.execute("insert into audit_entry (actor, object_type, action) values ('system', 'GrantsTest', 'CREATE')");
            s.executeQuery("select count(*) from audit_entry where object_type = 'GrantsTest'")
                    .close();
            s.executeUpdate("update account set locale = locale where false");
            s.executeUpdate("delete from login_throttle where false");
            s.executeQuery("select count(*) from event_publication").close();
            s.executeUpdate("update event_publication set completion_date = now() where false");
            s.executeUpdate("delete from event_publication where false");
            // ShedLock inserts a lock row once, then updates it
            s.executeUpdate("insert into shedlock select 'grants-test', now(), now(), 'test' where false");
            s.executeUpdate("update shedlock set lock_until = now() where false");
            s.execute("insert into grants_test_later values (1)");

            for (String forbidden : new String[] {
                "update audit_entry set reason = 'rewritten' where false",
                "delete from audit_entry where false",
                "truncate audit_entry",
                "alter table audit_entry disable trigger audit_entry_no_update",
                "create trigger sneaky before insert on audit_entry for each row execute function audit_entry_refuse_change()",
                "delete from flyway_schema_history where false",
                "create table not_mine (id int)"
            }) {
                assertThatThrownBy(() -> s.execute(forbidden))
                        .as(forbidden)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isIn("42501", "42P17"));
            }
        }
    }

    @Test
    void nothingIsGrantedWhenTheApplicationRunsAsTheOwner() throws Exception {
        try (Connection owner = dataSource.getConnection()) {
            String self = jdbc.queryForObject("select current_user", String.class);
            assertThat(ApplicationRoleGrants.grant(owner, self)).isFalse();
            assertThat(ApplicationRoleGrants.grant(owner, "")).isFalse();
        }
    }
}
