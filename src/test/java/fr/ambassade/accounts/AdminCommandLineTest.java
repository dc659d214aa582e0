package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.importing.cli.ImportCommandLineTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code admin reset-link <email>} as an operator runs it on the server, in a child JVM on its own data directory
 * (the helper of the import command's test). The same run also shows the first administrator's link file.
 */
class AdminCommandLineTest {

    static final Pattern LINK = Pattern.compile("https?://\\S+/password/reset\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void printsANewLinkForTheAdministratorLastAndNeverLogsALink() throws Exception {
        // an installation without administrator (the import command's test may have used it: no account there):
        // the start creates the first administrator, then the command runs
        Path dataDir = ImportCommandLineTest.installedDataDirectory();
        ImportCommandLineTest.Result result = ImportCommandLineTest.runImport(
                dataDir, "admin", "reset-link", " Boss@OT.example", "--ambassade.admin-email=boss@ot.example");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(AdminCommandLine.OK);
        Matcher printed = LINK.matcher(result.lastLine());
        assertThat(printed.matches()).as(result.lastLine()).isTrue();

        Path file = dataDir.resolve("first-admin-link.txt");
        Matcher written = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(written.find()).isTrue();
        assertThat(written.group(1)).isNotEqualTo(printed.group(1));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }

        String logs =
                String.join("\n", result.stdout().subList(0, result.stdout().size() - 1)) + "\n" + result.stderr();
        assertThat(logs)
                .contains(file.toAbsolutePath().toString())
                .doesNotContain(printed.group(1))
                .doesNotContain(written.group(1));
    }

    @Test
    void aWrongUsageExitsWithOneWithoutStartingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AdminCommandLine.run(
                Object.class,
                new String[] {"admin", "reset-password", "boss@ot.example"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(AdminCommandLine.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin reset-link <email>");
        assertThat(AdminCommandLine.handles(new String[] {"admin", "reset-link", "x@y.z"}))
                .isTrue();
        assertThat(AdminCommandLine.handles(new String[] {"import", "csv", "f.csv"}))
                .isFalse();
    }
}
