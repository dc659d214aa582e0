package fr.ambassade.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the zero-installation mode. Its data survive restarts in
 * {@code <data-dir>/pg}. A lock file held for the life of the JVM tells a live owner from an orphan:
 * a postmaster left running by a killed JVM is stopped before start, while a database used by a live
 * process is never touched.
 *
 * <p>Connections need a password: the superuser's is generated before {@code initdb} (which sets it and writes a
 * {@code pg_hba.conf} with {@code scram-sha-256} for TCP and socket connections) and kept in
 * {@code <data-dir>/pg-password} (mode 0600). A data directory made by an older version (trust authentication, no
 * password) is upgraded in place at the next start, before PostgreSQL listens: the password is set in single-user
 * mode and {@code pg_hba.conf} is rewritten. See {@link EmbeddedPostgresCredentials}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "ambassade";
    private static final String BINARIES = "pg-bin";

    private final EmbeddedPostgres postgres;
    private final String password;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.password = password;
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

    /**
     * Starts (and on first use creates) the database in {@code <dataDir>/pg}.
     *
     * @throws DataDirectoryInUseException when another live process uses the data directory
     */
    public static EmbeddedPostgresServer start(Path dataDir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            Path pgDir = dataDir.resolve("pg");
            channel = FileChannel.open(
                    dataDir.resolve("ambassade.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir);
            }
            stopOrphanedPostmaster(dataDir, pgDir);
            String fsync = System.getProperty("ambassade.embedded.fsync", "on");
            EmbeddedPostgresCredentials credentials = EmbeddedPostgresCredentials.of(dataDir);
            EmbeddedPostgres pg = credentials
                    .configure(EmbeddedPostgres.builder())
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve(BINARIES).toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky's own JVM shutdown hook would stop PostgreSQL while Spring's hook is still closing the
                    // connection pool and the JPA layer (a race that stalls the exit); the owner calls close()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("fsync", fsync)
                    // zonky's default is off: a crash could lose the last commits, acceptable in tests only
                    .setServerConfig("synchronous_commit", fsync)
                    .start();
            createDatabaseIfMissing(pg, credentials.password());
            log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgDir.toAbsolutePath());
            return new EmbeddedPostgresServer(pg, credentials.password(), channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel); // releases the lock, if taken
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath() + ": " + e.getMessage(),
                    e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (a second start in the same process)
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /**
     * A postmaster whose owner JVM died (we hold the lock, so there is no live owner) is stopped, and only when it
     * runs the binaries unpacked in this data directory. A pid file left by a crash of the whole machine, whose pid
     * now belongs to an unrelated program, is removed (PostgreSQL would otherwise refuse to start).
     */
    static void stopOrphanedPostmaster(Path dataDir, Path pgDir) throws IOException {
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
            return; // PostgreSQL itself ignores a pid file whose process is gone
        }
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            return; // cannot tell (another user's process): leave it to PostgreSQL's own check
        }
        if (!command.get().contains("postgres")) {
            log.warn(
                    "Removing a stale {} whose pid {} now belongs to another program ({})",
                    pidFile,
                    pid,
                    command.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        if (!command.get().startsWith(binariesDirectory(dataDir))) {
            return; // a PostgreSQL that is not ours (the pid was reused): never touch it
        }
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a process that was killed", pid);
        ProcessHandle postmaster = process.get();
        // SIGINT is PostgreSQL's "fast" shutdown: a clean checkpoint without waiting for clients (there is no live
        // owner); SIGTERM ("smart") is the fallback when kill(1) is not available.
        if (!signal("INT", pid)) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The orphaned PostgreSQL (pid {}) did not stop in 30 s: killing it", pid);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
    }

    private static String binariesDirectory(Path dataDir) {
        Path binaries = dataDir.resolve(BINARIES);
        try {
            return binaries.toRealPath().toString();
        } catch (IOException e) {
            return binaries.toAbsolutePath().normalize().toString();
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg, String password) {
        try (Connection c = pg.getPostgresDatabase(java.util.Map.of("password", password))
                        .getConnection();
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

    /** The superuser's user name. */
    public String username() {
        return EmbeddedPostgresCredentials.SUPERUSER;
    }

    /** The superuser's password (from {@code <data-dir>/pg-password}). */
    public String password() {
        return password;
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
