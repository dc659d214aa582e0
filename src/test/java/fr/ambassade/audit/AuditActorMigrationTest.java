package fr.ambassade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations of issue 7 on data written by earlier versions, in a schema of their own: audit actors stored as
 * e-mail addresses become account ids ('unknown' when no account has the address, labels kept), and only the demo
 * logins that the demo seeding created are flagged as demo (not every address with the demo suffix).
 */
@IntegrationTest
class AuditActorMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment env;

    @Test
    void existingEntriesAndDemoLoginsAreMigrated() {
        String schema =
                "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate jdbc = new JdbcTemplate(migrationDataSource());
        try {
            flyway(schema).target("202611260320").load().migrate();
            long alice = jdbc.queryForObject(
                    "insert into " + schema + ".account (email, display_name) "
                            + "values ('alice@ot.example', 'Alice') returning id",
                    Long.class);
            long demoAdmin = jdbc.queryForObject(
                    "insert into " + schema + ".account (email, display_name) "
                            + "values ('admin@demo.ambassade.test', 'Alain Admin') returning id",
                    Long.class);
            long lookalike = jdbc.queryForObject(
                    "insert into " + schema + ".account (email, display_name) "
                            + "values ('director@demo.ambassade.test', 'Invited by hand') returning id",
                    Long.class);
            jdbc.update(
                    "insert into " + schema + ".audit_entry (actor, object_type, object_id, action) values "
                            + "('Alice@OT.example', 'Provider', '1', 'UPDATED'), ('gone@ot.example', 'Provider', '2', 'UPDATED'), "
                            + "('system', 'Account', ?, 'DEMO_CREATED'), ('cli', 'ImportRun', '3', 'SUCCEEDED')",
                    String.valueOf(demoAdmin));

            flyway(schema).load().migrate();

            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select actor, actor_account_id, object_id from " + schema + ".audit_entry order by id");
            assertThat(rows)
                    .extracting(r -> r.get("actor"), r -> r.get("actor_account_id"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(null, alice),
                            org.assertj.core.groups.Tuple.tuple("unknown", null),
                            org.assertj.core.groups.Tuple.tuple("system", null),
                            org.assertj.core.groups.Tuple.tuple("cli", null));
            assertThat(jdbc.queryForObject(
                            "select demo from " + schema + ".account where id = ?", Boolean.class, demoAdmin))
                    .as("seeded by the demo")
                    .isTrue();
            assertThat(jdbc.queryForObject(
                            "select demo from " + schema + ".account where id = ?", Boolean.class, lookalike))
                    .as("a demo address without the seeding's audit entry")
                    .isFalse();
            assertThat(jdbc.queryForObject(
                            "select demo from " + schema + ".account where id = ?", Boolean.class, alice))
                    .isFalse();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Migrations run as the owner role when it is not the application's (spring.flyway.user). */
    private DataSource migrationDataSource() {
        String owner = env.getProperty("spring.flyway.user");
        if (owner == null || owner.isBlank()) {
            return dataSource;
        }
        return new DriverManagerDataSource(
                env.getRequiredProperty("spring.datasource.url"), owner, env.getProperty("spring.flyway.password", ""));
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure()
                .dataSource(migrationDataSource())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration");
    }
}
