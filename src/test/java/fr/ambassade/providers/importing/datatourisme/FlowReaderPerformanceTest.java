package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a few thousand real-sized objects in a separate JVM limited to {@code -Xmx512m} and prints the rate. The
 * budget is 1,000 records/s end to end; the assertion only catches gross regressions because the test machines are
 * shared (the printed {@code cpuRate} is the figure to compare).
 */
class FlowReaderPerformanceTest {

    private static final int OBJECTS = 1_500;

    @TempDir
    Path tmp;

    @Test
    void readsThousandsOfRealSizedObjectsWithin512Megabytes() throws IOException, InterruptedException {
        Path zip = FlowBenchmark.writeFlow(tmp.resolve("flow.zip"), OBJECTS, false);
        Map<String, String> result = run(zip);
        assertThat(result.get("accepted")).isEqualTo(String.valueOf(OBJECTS));
        assertThat(result.get("other")).isEqualTo("0");
        assertThat(Double.parseDouble(result.get("rate"))).isGreaterThan(150);
    }

    private static Map<String, String> run(Path flow) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FlowBenchmark.class.getName(),
                        flow.toString(),
                        "2")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        System.out.println("DATAtourisme flow benchmark: " + output.trim());
        String last = output.substring(output.lastIndexOf("pass="));
        Matcher m = Pattern.compile("(\\w+)=([\\d.]+)").matcher(last);
        Map<String, String> values = new java.util.HashMap<>();
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }
}
