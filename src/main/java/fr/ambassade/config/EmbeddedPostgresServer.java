package fr.ambassade.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the zero-installation mode. Its data survive restarts in
 * {@code <data-dir>/pg}. A lock file held for the life of the JVM tells a live owner from an orphan:
 * a postmaster left running by a killed JVM is stopped before start, while a database used by a live
 * process is never touched.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "ambassade";

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Thrown when another live process (a running server, an import) uses the same data directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        DataDirectoryInUseException(Path dataDir) {
            super("The embedded database in " + dataDir.toAbsolutePath()
                    + " is in use by another running Ambassade process (server or import). Stop it first.");
        }
    }

    public static EmbeddedPostgresServer start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path pgDir = dataDir.resolve("pg");
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("ambassade.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataDir);
            }
            stopOrphanedPostmaster(pgDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("pg-bin").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("fsync", System.getProperty("ambassade.embedded.fsync", "on"))
                    .start();
            createDatabaseIfMissing(pg);
            log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgDir.toAbsolutePath());
            return new EmbeddedPostgresServer(pg, channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** A postmaster whose owner JVM died (we hold the lock, so no live owner) is stopped, and only then. */
    static void stopOrphanedPostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return;
        }
        String command = process.get().info().command().orElse("");
        if (!command.contains("postgres")) {
            return; // the pid was reused by an unrelated process: leave it alone
        }
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a process that was killed", pid);
        process.get().destroy(); // SIGTERM: smart shutdown, there are no clients left
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
