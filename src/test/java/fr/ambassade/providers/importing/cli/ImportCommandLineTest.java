package fr.ambassade.providers.importing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.AmbassadeApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command as administrators and cron run it: {@code AmbassadeApplication import …} in a child JVM, on
 * its own data directory (embedded database), checking the exact last line of the output and the exit status.
 */
@Tag("database")
public class ImportCommandLineTest {

    public record Result(int exitCode, List<String> stdout, String stderr) {

        public String lastLine() {
            return stdout.isEmpty() ? "" : stdout.get(stdout.size() - 1);
        }
    }

    private static Path installed;

    /**
     * A data directory that one child JVM of this run has already installed (initdb, migrations, communes): later
     * command-line tests start on it in seconds instead of installing again. Unique per test run, so a run never
     * sees another run's imports; the tests that use it do not depend on their order.
     */
    public static synchronized Path installedDataDirectory() throws IOException {
        if (installed == null) {
            installed = Files.createDirectories(Path.of("target", "test-data", "cli-" + java.util.UUID.randomUUID())
                    .toAbsolutePath());
        }
        return installed.resolve("data");
    }

    static Path sampleFlow() {
        try {
            return Path.of(ImportCommandLineTest.class
                    .getResource("/datatourisme/flat-archive-2020-09-centre-val-de-loire-subset")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Result runImport(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dambassade.embedded.fsync=off");
        String extra = System.getProperty("ambassade.child.jvmArgs");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("fr.ambassade.AmbassadeApplication");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBASSADE_DATA_DIR", dataDir.toString());
        pb.environment().put("AMBASSADE_DEMODATA", "false");
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().put("PORT", "0");
        Path out = dataDir.resolveSibling(dataDir.getFileName() + "-stdout.txt");
        Path err = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process process = pb.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import command did not finish");
        }
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        return new Result(process.exitValue(), stdout, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void importsTheSampleFlowAndPrintsTheSummaryLast(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report.csv");
        Result result = runImport(
                installedDataDirectory(),
                "import",
                "datatourisme",
                sampleFlow().toString(),
                "--all-communes",
                "--report",
                report.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.lastLine()).isEqualTo("created=29 updated=0 unchanged=0 skipped=8 rejected=0");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .startsWith("\uFEFF")
                .contains("Circuit des pas pressés");
    }

    @Test
    void aMissingFileExitsWithOne(@TempDir Path tmp) throws Exception {
        Result result = runImport(
                tmp.resolve("data"),
                "import",
                "datatourisme",
                tmp.resolve("none.zip").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lastLine()).isEqualTo("created=0 updated=0 unchanged=0 skipped=0 rejected=0");
        assertThat(result.stderr()).contains("none.zip");
    }

    @Test
    void aDataDirectoryInUseExitsWithTwoAndTouchesNothing(@TempDir Path tmp) throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        // the lock a running server holds (see EmbeddedPostgresServer)
        try (FileChannel channel = FileChannel.open(
                        dataDir.resolve("ambassade.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Result result =
                    runImport(dataDir, "import", "datatourisme", sampleFlow().toString(), "--all-communes");
            assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
            assertThat(result.lastLine()).isEqualTo("created=0 updated=0 unchanged=0 skipped=0 rejected=0");
            assertThat(result.stderr())
                    .contains("in use")
                    .contains("Nothing was imported. Stop the server, or run the import from the back office.");
            // nothing touched: no database created, the server's lock file alone in the data directory
            assertThat(dataDir.resolve("pg")).doesNotExist();
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ambassade.lock");
            }
        }
    }

    @Test
    void aWrongCommandPrintsTheUsageAndExitsWithOneWithoutStartingTheApplication() {
        // in this JVM: the command answers before any Spring context or database would start
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportCommand.run(
                AmbassadeApplication.class,
                new String[] {"import", "xml", "flow.zip"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ImportCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown kind of import: xml")
                .contains("Usage: import datatourisme <zip-or-folder>");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("created=0 updated=0 unchanged=0 skipped=0 rejected=0");

        err.reset();
        out.reset();
        status = ImportCommand.run(
                AmbassadeApplication.class,
                new String[] {"import", "csv", "providers.csv", "--report"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ImportCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--report needs a file name");
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("created=0 updated=0 unchanged=0 skipped=0 rejected=0");
    }
}
