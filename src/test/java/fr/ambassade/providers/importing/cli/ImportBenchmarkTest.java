package fr.ambassade.providers.importing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.importing.TestFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import budget (1,000 DATAtourisme records/s with {@code -Xmx512m}): thousands of real records (the samples,
 * each copied with fresh identities) imported by the command line in a child JVM, twice (created, then unchanged).
 * Opt-in: {@code ./mvnw test -Dtest=ImportBenchmarkTest -Dambassade.benchmark=true}; figures in docs/imports.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ambassade.benchmark", matches = "true")
class ImportBenchmarkTest {

    static final int COPIES = Integer.getInteger("ambassade.benchmark.copies", 80);

    @Test
    void importsThousandsOfRealRecords(@TempDir Path tmp) throws IOException, InterruptedException {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestFlows.archive2020().resolve("objects"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> samples.add(TestFlows.read(f)));
        }
        try (Stream<Path> files = Files.list(TestFlows.objects2023())) {
            files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .forEach(f -> samples.add(TestFlows.under2023Namespace(TestFlows.read(f))));
        }
        // written as generated: a few thousand objects of 70 KB do not all fit in memory as strings
        Path zip = tmp.resolve("benchmark.zip");
        long bytes = 0;
        StringBuilder index = new StringBuilder("[\n");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("context.jsonld"));
            out.write(TestFlows.context2023().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < COPIES; i++) {
                for (String sample : samples) {
                    String copy = TestFlows.fresh(sample);
                    String[] id = TestFlows.id(copy);
                    String file = id[1].charAt(0) + "/" + id[1].substring(0, 2) + "/" + id[0] + "-" + id[1] + ".json";
                    byte[] content = copy.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    bytes += content.length;
                    out.putNextEntry(new java.util.zip.ZipEntry("objects/" + file));
                    out.write(content);
                    index.append(index.length() > 2 ? ",\n" : "")
                            .append("{\"label\": \"x\", \"file\": \"")
                            .append(file)
                            .append("\"}");
                }
            }
            out.putNextEntry(new java.util.zip.ZipEntry("index.json"));
            out.write(index.append("\n]\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path data = tmp.resolve("data");
        ImportCommandLineTest.Result first =
                ImportCommandLineTest.runImport(data, "import", "datatourisme", zip.toString(), "--all-communes");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        int records = COPIES * samples.size();
        System.out.printf(
                "Import benchmark: %d records (%d KB on average, %d MB)%n",
                records, bytes / records / 1024, bytes / 1024 / 1024);
        report("first run (created)", first, records);
        if (Boolean.getBoolean("ambassade.benchmark.once")) {
            return;
        }
        ImportCommandLineTest.Result second =
                ImportCommandLineTest.runImport(data, "import", "datatourisme", zip.toString(), "--all-communes");
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        report("second run (unchanged)", second, records);
    }

    private static void report(String what, ImportCommandLineTest.Result result, int records) {
        Matcher m = Pattern.compile("COMPLETED in (\\d+) ms").matcher(String.join("\n", result.stdout()));
        long ms = m.find() ? Long.parseLong(m.group(1)) : -1;
        System.out.printf("  %s: %s in %d ms = %.0f records/s%n", what, result.lastLine(), ms, records * 1000.0 / ms);
        result.stdout().stream().filter(l -> l.contains("ms matching")).forEach(l -> System.out.println("    " + l));
    }
}
