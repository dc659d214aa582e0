package fr.ambassade.providers.importing.datatourisme;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads a flow end to end and prints the rate. Run by {@link FlowReaderPerformanceTest} in a JVM limited to
 * {@code -Xmx512m}; can also be run by hand: {@code FlowBenchmark <flow.zip|folder>}.
 */
public final class FlowBenchmark {

    private FlowBenchmark() {}

    /** {@code FlowBenchmark <flow> [passes]}: with several passes, the last one shows the steady state. */
    public static void main(String[] args) {
        Path flow = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            int accepted = 0;
            int other = 0;
            long checksum = 0;
            try (FlowReader reader = FlowReader.open(flow);
                    Stream<FlowItem> items = reader.items()) {
                for (FlowItem item : (Iterable<FlowItem>) items::iterator) {
                    if (item instanceof FlowItem.Accepted a) {
                        accepted++;
                        checksum += a.record().contentHash().hashCode()
                                + String.valueOf(a.record().classification().subtype())
                                        .hashCode();
                    } else {
                        other++;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            // cpuRate: records per second of processor time of the whole JVM (JIT and GC included), a figure that
            // depends less on how busy a shared machine is
            System.out.printf(
                    Locale.ROOT,
                    "pass=%d accepted=%d other=%d seconds=%.3f rate=%.0f cpuSeconds=%.3f "
                            + "cpuRate=%.0f maxHeapMb=%d checksum=%d%n",
                    pass,
                    accepted,
                    other,
                    seconds,
                    accepted / seconds,
                    cpuSeconds,
                    accepted / cpuSeconds,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    checksum);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Writes a flow of {@code count} objects made from the real samples (2023 and 2020), each given a fresh UUID
     * so that identities do not repeat.
     */
    static Path writeFlow(Path zip, int count, boolean only2023) throws IOException {
        List<byte[]> samples = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        for (Path file : SampleFlows.objectFiles2023()) {
            samples.add(SampleFlows.read(file));
            uuids.add(uuidOf(file.getFileName().toString()));
        }
        if (!only2023) {
            try (Stream<Path> files = Files.walk(SampleFlows.archive2020().resolve("objects"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    samples.add(SampleFlows.read(file));
                    uuids.add(uuidOf(file.getFileName().toString()));
                }
            }
        }
        StringBuilder index = new StringBuilder("[");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                int s = i % samples.size();
                String uuid = new UUID(0x1234_0000_0000_0000L + i, 0x8000_0000_0000_0000L + i).toString();
                String json = new String(samples.get(s), StandardCharsets.UTF_8).replace(uuids.get(s), uuid);
                String file = uuid.charAt(0) + "/" + uuid.substring(0, 2) + "/99-" + uuid + ".json";
                z.putNextEntry(new ZipEntry("objects/" + file));
                z.write(json.replace("/23/" + uuid, "/99/" + uuid)
                        .replace("/30/" + uuid, "/99/" + uuid)
                        .replace("/32/" + uuid, "/99/" + uuid)
                        .replace("/41/" + uuid, "/99/" + uuid)
                        .replace("/49/" + uuid, "/99/" + uuid)
                        .replace("/58/" + uuid, "/99/" + uuid)
                        .replace("/15/" + uuid, "/99/" + uuid)
                        .replace("/36/" + uuid, "/99/" + uuid)
                        .getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
                index.append(i == 0 ? "\n" : ",\n")
                        .append("{\"label\": \"object ")
                        .append(i)
                        .append("\", \"lastUpdateDatatourisme\": \"2023-11-09T01:22:56.558Z\", \"file\": \"")
                        .append(file)
                        .append("\"}");
            }
            index.append("\n]\n");
            z.putNextEntry(new ZipEntry("index.json"));
            z.write(index.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("context.jsonld"));
            z.write(SampleFlows.context2023());
            z.closeEntry();
        }
        return zip;
    }

    private static String uuidOf(String fileName) {
        return fileName.substring(fileName.indexOf('-') + 1, fileName.length() - ".json".length());
    }
}
