package fr.ambassade.providers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration that moved the last imported values from a row per field into the provider's row keeps them
 * all (they are what tells staff corrections apart at the next import). Runs the migrations in a schema of its
 * own up to the version before, writes old-style rows, then migrates to the latest version.
 */
@IntegrationTest
class ImportedValuesMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    org.springframework.core.env.Environment env;

    @Test
    void movesTheLastImportedValuesIntoTheProviderRow() {
        String schema =
                "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate jdbc = new JdbcTemplate(migrationDataSource());
        try {
            flyway(schema).target("202611260026").load().migrate();
            jdbc.update("insert into " + schema + ".provider (id, name, category) values (1, 'Estaminet', 'FOOD'), "
                    + "(2, 'Gîte', 'ACCOMMODATION')");
            jdbc.update(
                    "insert into " + schema + ".provider_imported_value (provider_id, field, value) values "
                            + "(1, 'name', 'Estaminet'), (1, 'phone', '+33 3 21 00 00 00'), (1, 'description.fr', 'sha256:ab')");

            flyway(schema).load().migrate();

            Map<String, String> first = values(jdbc, schema, 1);
            assertThat(first)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("name", "Estaminet", "phone", "+33 3 21 00 00 00", "description.fr", "sha256:ab"));
            assertThat(values(jdbc, schema, 2)).isEmpty();
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_schema = ? "
                                    + "and table_name = 'provider_imported_value'",
                            Integer.class,
                            schema))
                    .isZero();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private Map<String, String> values(JdbcTemplate jdbc, String schema, long id) {
        String json = jdbc.queryForObject(
                "select imported_values::text from " + schema + ".provider where id = ?", String.class, id);
        return JsonMapper.builder().build().readValue(json, new TypeReference<Map<String, String>>() {});
    }

    /** Migrations run as the owner role when it is not the application's (spring.flyway.user, docs/operations.md §2). */
    private DataSource migrationDataSource() {
        String owner = env.getProperty("spring.flyway.user");
        if (owner == null || owner.isBlank()) {
            return dataSource;
        }
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(
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
