package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The embedded PostgreSQL started while the context is created: claimed by the bean, or stopped on a failure. */
@Tag("database")
class EmbeddedPostgresEarlyStartTest {

    private final EmbeddedPostgresEarlyStart listener = new EmbeddedPostgresEarlyStart();

    private static MockEnvironment embedded(Path dataDir) {
        // a relative path, as ./var by default: pinned as an absolute one
        Path relative = Path.of("").toAbsolutePath().relativize(dataDir.toAbsolutePath());
        return new MockEnvironment().withProperty("ambassade.data-dir", relative.toString());
    }

    private void environmentPrepared(SpringApplication app, MockEnvironment env) {
        listener.onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), app, new String[0], env));
    }

    @Test
    void theServerStartedEarlyIsTheOneTheBeanClaims(@TempDir Path dataDir) throws Exception {
        MockEnvironment env = embedded(dataDir);
        environmentPrepared(new SpringApplication(Object.class), env);

        assertThat(EmbeddedPostgresEarlyStart.pending(dataDir)).isTrue();
        assertThat(env.getProperty("ambassade.data-dir"))
                .isEqualTo(dataDir.toAbsolutePath().normalize().toString());
        try (EmbeddedPostgresServer server = EmbeddedPostgresEarlyStart.claim(dataDir);
                Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(EmbeddedPostgresEarlyStart.pending(dataDir)).isFalse();
            // the early start holds the data directory like any start: a second one is refused
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class);
        }
    }

    @Test
    void aServerNobodyClaimsIsStoppedWhenTheApplicationFails(@TempDir Path dataDir) throws Exception {
        SpringApplication app = new SpringApplication(Object.class);
        environmentPrepared(app, embedded(dataDir));
        listener.onApplicationEvent(new ApplicationFailedEvent(
                app, new String[0], null, new IllegalStateException("configuration refused")));

        assertThat(EmbeddedPostgresEarlyStart.pending(dataDir)).isFalse();
        // stopped and the directory released: a new start succeeds
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void aFailedEarlyStartIsReportedWhenClaimed(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer holder = EmbeddedPostgresServer.start(dataDir)) {
            environmentPrepared(new SpringApplication(Object.class), embedded(dataDir));
            assertThatThrownBy(() -> EmbeddedPostgresEarlyStart.claim(dataDir))
                    .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class);
        }
    }

    @Test
    void nothingStartsWithAnExternalDatabase(@TempDir Path dataDir) {
        MockEnvironment env = embedded(dataDir).withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        environmentPrepared(new SpringApplication(Object.class), env);
        assertThat(EmbeddedPostgresEarlyStart.pending(dataDir)).isFalse();
        assertThat(env.getPropertySources().contains(EmbeddedPostgresEarlyStart.PROPERTY_SOURCE))
                .isFalse();
    }

    @Test
    void theSwitchTurnsItOff(@TempDir Path dataDir) {
        MockEnvironment env = embedded(dataDir).withProperty("ambassade.embedded.early-start", "false");
        environmentPrepared(new SpringApplication(Object.class), env);
        assertThat(EmbeddedPostgresEarlyStart.pending(dataDir)).isFalse();
    }
}
