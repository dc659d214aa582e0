package fr.ambassade.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's superuser password and authentication rules.
 *
 * <ul>
 *   <li>The password is 32 random bytes (hex) in {@code <data-dir>/pg-password}, created with mode 0600 before the
 *       first {@code initdb}, which sets it ({@code --pwfile}) and writes scram-sha-256 rules for TCP and socket
 *       connections. zonky's own {@code -A trust} comes first on its command line and is overridden by these.</li>
 *   <li>Before every start (zonky's data-directory customizer: after {@code initdb}, before the postmaster), a
 *       {@code pg_hba.conf} that is not ours is replaced. When it is not ours (a directory made by an older
 *       version, with trust and no password) or the password file is missing, the password is first set with
 *       PostgreSQL in single-user mode: nothing listens meanwhile, so there is no window with trust.</li>
 * </ul>
 */
final class EmbeddedPostgresCredentials {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresCredentials.class);

    static final String SUPERUSER = "postgres";
    static final String PASSWORD_FILE = "pg-password";
    static final String HBA_MARKER = "# Written by Ambassade: password (scram-sha-256) required for every connection.";
    static final String HBA = HBA_MARKER + "\n"
            + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
            + "local   all       all                 scram-sha-256\n"
            + "host    all       all   127.0.0.1/32  scram-sha-256\n"
            + "host    all       all   ::1/128       scram-sha-256\n";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path dataDir;
    private final Path passwordFile;
    private final boolean passwordWasMissing;
    private final String password;

    private EmbeddedPostgresCredentials(Path dataDir, Path passwordFile, boolean passwordWasMissing, String password) {
        this.dataDir = dataDir;
        this.passwordFile = passwordFile;
        this.passwordWasMissing = passwordWasMissing;
        this.password = password;
    }

    /** Reads the password of this data directory, creating it (mode 0600) when there is none. */
    static EmbeddedPostgresCredentials of(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        boolean missing = !Files.exists(file);
        if (missing) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            try (OutputStream out = Files.newOutputStream(
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)),
                    StandardOpenOption.WRITE)) {
                out.write(generated.getBytes(StandardCharsets.US_ASCII));
            } catch (FileAlreadyExistsException raced) {
                missing = false;
            }
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(file.toAbsolutePath() + " is empty: delete it to generate a new password");
        }
        return new EmbeddedPostgresCredentials(dataDir, file, missing, password);
    }

    String password() {
        return password;
    }

    /** Password at initdb, scram rules, the upgrade of an old directory, the password for zonky's readiness check. */
    EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) {
        return builder
                // zonky passes each "locale" entry to initdb as --key=value (used on a first start only)
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(this::secure);
    }

    /** Run by zonky with the PostgreSQL data directory, after initdb and before the postmaster starts. */
    void secure(File pgDataDirectory) {
        Path pgDir = pgDataDirectory.toPath();
        Path hba = pgDir.resolve("pg_hba.conf");
        try {
            String current = Files.exists(hba) ? Files.readString(hba) : "";
            boolean ours = current.startsWith(HBA_MARKER);
            // not ours and trusting: made by an older version, the superuser has no password yet;
            // ours but the password file was lost: the password in the database is unknown, set a new one
            if (!ours && trusts(current) || ours && passwordWasMissing) {
                log.warn(
                        "Embedded database in {}: setting the superuser's password (kept in {}) and requiring it for "
                                + "every connection",
                        pgDir.toAbsolutePath(),
                        passwordFile.toAbsolutePath());
                setPasswordInSingleUserMode(pgDir);
            }
            if (!ours) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded database in " + pgDir.toAbsolutePath(), e);
        }
    }

    /** Whether a pg_hba.conf has a rule with the trust method (comments aside). */
    static boolean trusts(String hba) {
        return hba.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\strust(\\s.*)?"));
    }

    private void setPasswordInSingleUserMode(Path pgDir) throws IOException {
        Path postgres = postgresBinary();
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky runs its binaries when the JVM is root (PostgreSQL refuses to run as root)
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                postgres.toString(),
                "--single",
                "-D",
                pgDir.toString(),
                "-F",
                "-c",
                "exit_on_error=true",
                "-c",
                "log_statement=none",
                SUPERUSER));
        Process single = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = single.getOutputStream()) {
            // hex only: nothing to escape
            in.write(
                    ("alter role " + SUPERUSER + " password '" + password + "'\n").getBytes(StandardCharsets.US_ASCII));
        }
        // PostgreSQL's own messages (never the statement): shown when it fails
        String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!single.waitFor(60, TimeUnit.SECONDS)) {
                single.destroyForcibly();
                throw new IllegalStateException(
                        "PostgreSQL in single-user mode did not finish in 60 s (" + pgDir + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the embedded database's password", e);
        }
        if (single.exitValue() != 0) {
            throw new IllegalStateException("Could not set the embedded database's password in single-user mode (exit "
                    + single.exitValue() + "): " + output);
        }
    }

    /**
     * zonky unpacks the binaries in {@code <data-dir>/pg-bin/PG-<digest>/}, the most recent there. A JVM that started
     * another data directory before (tests) may reuse the binaries unpacked there: zonky's own cache is then read.
     */
    private Path postgresBinary() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path own = dataDir.resolve("pg-bin");
        if (Files.isDirectory(own)) {
            try (Stream<Path> dirs = Files.list(own)) {
                dirs.sorted(Comparator.comparing(EmbeddedPostgresCredentials::modified)
                                .reversed())
                        .forEach(candidates::add);
            }
        }
        candidates.addAll(zonkyUnpackedDirectories());
        return candidates.stream()
                .map(d -> d.resolve("bin").resolve("postgres"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries in " + own));
    }

    private static List<Path> zonkyUnpackedDirectories() {
        try {
            java.lang.reflect.Field cache = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            cache.setAccessible(true);
            List<Path> dirs = new ArrayList<>();
            for (Object dir : ((java.util.Map<?, ?>) cache.get(null)).values()) {
                if (dir instanceof File file) {
                    dirs.add(file.toPath());
                }
            }
            return dirs;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of(); // another zonky version: its own data directory's binaries only
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
