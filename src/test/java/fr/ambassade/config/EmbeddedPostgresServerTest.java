package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded database survives a killed JVM (the orphaned postmaster is stopped, the data are kept) and is never
 * touched while a live process uses it. The owner is a real child JVM, killed with SIGKILL. Every connection needs the
 * password kept in the data directory, and a directory of an older version (trust, no password) is upgraded.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    private Process child;

    @BeforeAll
    static void quieterPostgresOutput() {
        // outside a Spring context logback logs everything at DEBUG: PostgreSQL's own output is not needed here
        if (LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
            zonky.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    @AfterEach
    void killChild() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
        // never leave a postmaster behind, whatever happened
        postmasterPid()
                .filter(pid -> pid != ProcessHandle.current().pid())
                .flatMap(ProcessHandle::of)
                .ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void refusesALiveOwnersDatabaseThenRecoversItsDataAfterTheOwnerIsKilled() throws Exception {
        child = startChild("written-before-the-kill");
        long orphan = postmasterPid().orElseThrow();

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class)
                .hasMessageContaining("in use by another running Ambassade process");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("live owner's postmaster untouched")
                .contains(true);

        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9 of the owner JVM
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("postmaster orphaned")
                .contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("orphan stopped")
                    .isFalse();
            assertThat(names(server)).contains("written-before-the-kill");
        }
    }

    @Test
    void aSecondStartInTheSameProcessIsRefusedAndTheFirstKeepsWorking() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class);
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        // the lock is released on close: the next start works and keeps nothing running behind
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void aStalePidFileOfAnotherProgramDoesNotPreventTheStart() throws Exception {
        EmbeddedPostgresServer.start(dataDir).close();
        // as after a crash of the whole machine: the old pid now belongs to another program (here, this JVM)
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + dataDir.resolve("pg") + "\n0\n5432\n");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(server.port()).isPositive();
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void connectionsWithoutThePasswordOfTheDataDirectoryAreRefused() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            Path passwordFile = dataDir.resolve(EmbeddedPostgresCredentials.PASSWORD_FILE);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile).strip())
                    .isEqualTo(server.password())
                    .hasSize(64);

            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")
                            .close())
                    .as("no password")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")
                            .close())
                    .as("a wrong password")
                    .isInstanceOf(SQLException.class);
            assertThat(names(server, "select 'the application connects'")).containsExactly("the application connects");
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionIsUpgradedInPlace() throws Exception {
        // as versions before the password: zonky's defaults (trust for everyone on localhost), no password file
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDir.resolve("pg-bin").toFile())
                .setRegisterShutdownHook(false)
                .start()) {
            try (Connection c = old.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database " + EmbeddedPostgresServer.DATABASE);
            }
            try (Connection c = old.getDatabase("postgres", EmbeddedPostgresServer.DATABASE)
                            .getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table survivor (name text not null)");
                s.execute("insert into survivor (name) values ('kept by the upgrade')");
            }
        }
        assertThat(Files.readString(dataDir.resolve("pg/pg_hba.conf"))).contains("trust");
        assertThat(dataDir.resolve(EmbeddedPostgresCredentials.PASSWORD_FILE)).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(Files.readString(dataDir.resolve("pg/pg_hba.conf")))
                    .startsWith(EmbeddedPostgresCredentials.HBA_MARKER)
                    .satisfies(hba ->
                            assertThat(EmbeddedPostgresCredentials.trusts(hba)).isFalse());
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThat(names(server, "select name from survivor")).containsExactly("kept by the upgrade");
        }
        // and the next start is an ordinary one
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(names(again, "select name from survivor")).containsExactly("kept by the upgrade");
        }
    }

    private Process startChild(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-Dambassade.embedded.fsync=off",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        dataDir.toString(),
                        name)
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            output.add(line);
            if (line.startsWith("READY")) {
                // keep draining so that the child never blocks on a full pipe
                Thread drain = new Thread(() -> reader.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new AssertionError("the child JVM ended before it was ready:\n" + String.join("\n", output));
    }

    private Optional<Long> postmasterPid() {
        try {
            Path pidFile = dataDir.resolve("pg/postmaster.pid");
            return Files.exists(pidFile)
                    ? Optional.of(
                            Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static List<String> names(EmbeddedPostgresServer server) throws Exception {
        return names(server, "select name from survivor");
    }

    private static List<String> names(EmbeddedPostgresServer server, String query) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
