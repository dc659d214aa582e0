package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.providers.importing.datatourisme.FlowException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs: broken, forged or inconsistent flows. */
class FlowReaderSafetyTest {

    @TempDir
    Path tmp;

    private static void assertRefused(ThrowingCallable open, Reason reason) {
        assertThatThrownBy(open).isInstanceOfSatisfying(FlowException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.messageKey()).isEqualTo("FlowException.Reason." + reason.name());
        });
    }

    private static void openAndRead(Path path, FlowLimits limits) {
        try (FlowReader reader = FlowReader.open(path, limits)) {
            SampleFlows.readAll(reader);
        }
    }

    @Test
    void missingPath() {
        assertRefused(() -> FlowReader.open(tmp.resolve("nothing.zip")), Reason.NOT_FOUND);
    }

    @Test
    void notAZip() throws IOException {
        Path text = Files.writeString(tmp.resolve("flow.zip"), "this is a CSV file, not a zip\n");
        assertRefused(() -> FlowReader.open(text), Reason.NOT_A_ZIP);
        Path empty = Files.write(tmp.resolve("empty.zip"), new byte[0]);
        assertRefused(() -> FlowReader.open(empty), Reason.NOT_A_ZIP);
    }

    @Test
    void corruptedZipTruncated() throws IOException {
        Path zip = SampleFlows.zipFolder(SampleFlows.archive2020(), tmp.resolve("flow.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(tmp.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(() -> FlowReader.open(truncated), Reason.CORRUPTED);
    }

    @Test
    void zipBombEntryTooLarge() throws IOException {
        Path bomb = zipWithZeros(tmp.resolve("bomb.zip"), "objects/0/00/15-bomb.json", 3 * 1024 * 1024);
        assertRefused(
                () -> FlowReader.open(bomb, FlowLimits.defaults().withMaxEntryBytes(1024 * 1024)),
                Reason.ENTRY_TOO_LARGE);
    }

    @Test
    void zipBombCompressionRatio() throws IOException {
        Path bomb = zipWithZeros(tmp.resolve("bomb.zip"), "objects/0/00/15-bomb.json", 3 * 1024 * 1024);
        // 3 MB of zeros deflate about 1000 times: far beyond what JSON does
        assertRefused(() -> FlowReader.open(bomb), Reason.COMPRESSION_RATIO_TOO_HIGH);
    }

    @Test
    void zipBombTotalTooLarge() {
        Path zip = SampleFlows.zipFolder(SampleFlows.archive2020(), tmp.resolve("flow.zip"));
        assertRefused(
                () -> FlowReader.open(zip, FlowLimits.defaults().withMaxTotalBytes(500_000)), Reason.TOTAL_TOO_LARGE);
    }

    @Test
    void tooManyEntries() {
        Path zip = SampleFlows.zipFolder(SampleFlows.archive2020(), tmp.resolve("flow.zip"));
        assertRefused(() -> FlowReader.open(zip, FlowLimits.defaults().withMaxEntries(10)), Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void defaultLimitsAdmitANationalFlow() {
        FlowLimits limits = FlowLimits.defaults();
        assertThat(limits.maxEntries()).isGreaterThanOrEqualTo(500_000);
        assertThat(limits.maxEntryBytes()).isGreaterThanOrEqualTo(10L * 1024 * 1024);
        assertThat(limits.maxTotalBytes()).isGreaterThanOrEqualTo(100_000L * 300 * 1024);
    }

    @Test
    void entryNameClimbingOut() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.put("objects/../../evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        Path zip = SampleFlows.zip(tmp.resolve("slip.zip"), entries);
        assertRefused(() -> FlowReader.open(zip), Reason.UNSAFE_ENTRY_NAME);
    }

    @Test
    void absoluteEntryName() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
        Path zip = SampleFlows.zip(tmp.resolve("absolute.zip"), entries);
        assertRefused(() -> FlowReader.open(zip), Reason.UNSAFE_ENTRY_NAME);
    }

    @Test
    void safeNames() {
        assertThat(FlowReader.isSafeName("objects/2/26/15-2679335a.json")).isTrue();
        assertThat(FlowReader.isSafeName("flux-123/index.json")).isTrue();
        assertThat(FlowReader.isSafeName("a/..b/c..")).isTrue();
        assertThat(FlowReader.isSafeName("../x")).isFalse();
        assertThat(FlowReader.isSafeName("a/../../x")).isFalse();
        assertThat(FlowReader.isSafeName("a/..")).isFalse();
        assertThat(FlowReader.isSafeName("/x")).isFalse();
        assertThat(FlowReader.isSafeName("C:/x")).isFalse();
        assertThat(FlowReader.isSafeName("a\\..\\x")).isFalse();
        assertThat(FlowReader.isSafeName("")).isFalse();
    }

    @Test
    void missingIndex() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.remove("index.json");
        Path zip = SampleFlows.zip(tmp.resolve("noindex.zip"), entries);
        assertRefused(() -> FlowReader.open(zip), Reason.MISSING_INDEX);
        Path folder = SampleFlows.folder(tmp.resolve("noindex"), entries);
        assertRefused(() -> FlowReader.open(folder), Reason.MISSING_INDEX);
    }

    @Test
    void missingContext() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.remove("context.jsonld");
        Path zip = SampleFlows.zip(tmp.resolve("nocontext.zip"), entries);
        assertRefused(() -> FlowReader.open(zip), Reason.MISSING_CONTEXT);
        Path folder = SampleFlows.folder(tmp.resolve("nocontext"), entries);
        assertRefused(() -> FlowReader.open(folder), Reason.MISSING_CONTEXT);
    }

    @Test
    void invalidIndexAndContext() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.put("index.json", "[{\"file\": \"a.json\"},".getBytes(StandardCharsets.UTF_8));
        assertRefused(
                () -> FlowReader.open(SampleFlows.zip(tmp.resolve("badindex.zip"), entries)), Reason.INVALID_INDEX);
        entries.put("index.json", "{\"file\": \"a.json\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(
                () -> FlowReader.open(SampleFlows.zip(tmp.resolve("objindex.zip"), entries)), Reason.INVALID_INDEX);
        Map<String, byte[]> other = SampleFlows.flow2023Entries();
        other.put("context.jsonld", "{\"@vocab\": ".getBytes(StandardCharsets.UTF_8));
        assertRefused(
                () -> FlowReader.open(SampleFlows.zip(tmp.resolve("badcontext.zip"), other)), Reason.INVALID_CONTEXT);
    }

    @Test
    void flowInsideATopFolderOfTheArchive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        SampleFlows.flow2023Entries().forEach((name, bytes) -> entries.put("export-2023/" + name, bytes));
        Path zip = SampleFlows.zip(tmp.resolve("nested.zip"), entries);
        try (FlowReader reader = FlowReader.open(zip)) {
            assertThat(SampleFlows.readAll(reader)).hasSize(10).allMatch(i -> i instanceof FlowItem.Accepted);
        }
    }

    @Test
    void malformedObjectIsRejectedAndTheOthersRead() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        String broken = "objects/0/00/30-0049c43b-5087-3c44-87ef-349d316fc2b8.json";
        assertThat(entries).containsKey(broken);
        byte[] bytes = entries.get(broken);
        entries.put(broken, Arrays.copyOf(bytes, bytes.length / 3));
        for (Path flow : List.of(
                SampleFlows.zip(tmp.resolve("malformed.zip"), entries),
                SampleFlows.folder(tmp.resolve("malformed"), entries))) {
            try (FlowReader reader = FlowReader.open(flow)) {
                List<FlowItem> items = SampleFlows.readAll(reader);
                assertThat(items).hasSize(10);
                assertThat(items)
                        .filteredOn(i -> i instanceof FlowItem.Accepted)
                        .hasSize(9);
                assertThat(items)
                        .filteredOn(i -> i instanceof FlowItem.Rejected)
                        .singleElement()
                        .isInstanceOfSatisfying(FlowItem.Rejected.class, r -> {
                            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
                            assertThat(r.message()).contains("30-0049c43b-5087-3c44-87ef-349d316fc2b8.json");
                            assertThat(r.entry().file()).endsWith("30-0049c43b-5087-3c44-87ef-349d316fc2b8.json");
                            assertThat(r.messageKey()).isEqualTo("RejectReason.MALFORMED_JSON");
                        });
            }
        }
    }

    @Test
    void indexEntryPointingToAMissingFile() {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        entries.remove("objects/0/00/58-004729f1-24e7-3d50-875a-eb24f0f15a43.json");
        for (Path flow : List.of(
                SampleFlows.zip(tmp.resolve("missing.zip"), entries),
                SampleFlows.folder(tmp.resolve("missing"), entries))) {
            try (FlowReader reader = FlowReader.open(flow)) {
                assertThat(reader.size()).isEqualTo(10);
                List<FlowItem> items = SampleFlows.readAll(reader);
                assertThat(items)
                        .filteredOn(i -> i instanceof FlowItem.Accepted)
                        .hasSize(9);
                assertThat(items)
                        .filteredOn(i -> i instanceof FlowItem.Rejected)
                        .singleElement()
                        .isInstanceOfSatisfying(FlowItem.Rejected.class, r -> {
                            assertThat(r.reason()).isEqualTo(RejectReason.MISSING_FILE);
                            assertThat(r.id()).hasToString("58/004729f1-24e7-3d50-875a-eb24f0f15a43");
                        });
            }
        }
    }

    @Test
    void indexEntryClimbingOutOfTheFolder() throws IOException {
        Path folder = SampleFlows.folder(tmp.resolve("flow"), SampleFlows.flow2023Entries());
        Files.writeString(
                tmp.resolve("secret.json"),
                "{\"@id\": \"https://data.datatourisme.fr/1/" + "00000000-0000-0000-0000-000000000000\"}");
        Files.writeString(folder.resolve("index.json"), "[{\"file\": \"../../secret.json\"}, {\"label\": \"x\"}]");
        try (FlowReader reader = FlowReader.open(folder)) {
            List<FlowItem> items = SampleFlows.readAll(reader);
            assertThat(items)
                    .extracting(i -> ((FlowItem.Rejected) i).reason())
                    .containsExactly(RejectReason.UNSAFE_FILE_NAME, RejectReason.MISSING_FILE);
        }
    }

    @Test
    void sameIdentityTwiceInOneFlow() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        byte[] jeanne = SampleFlows.object2023("30-0049c43b-5087-3c44-87ef-349d316fc2b8.json");
        objects.put("30-0049c43b-5087-3c44-87ef-349d316fc2b8.json", jeanne);
        // the same object again, under another file name and the 2020 host
        objects.put(
                "30-ffffffff-5087-3c44-87ef-349d316fc2b8.json",
                new String(jeanne, StandardCharsets.UTF_8)
                        .replace("https://data.datatourisme.fr/", "https://data.datatourisme.gouv.fr/")
                        .getBytes(StandardCharsets.UTF_8));
        Path zip = SampleFlows.zip(tmp.resolve("dup.zip"), SampleFlows.flowEntries(SampleFlows.context2023(), objects));
        try (FlowReader reader = FlowReader.open(zip)) {
            List<FlowItem> items = SampleFlows.readAll(reader);
            assertThat(items.get(0)).isInstanceOf(FlowItem.Accepted.class);
            assertThat(items.get(1)).isInstanceOfSatisfying(FlowItem.Rejected.class, r -> {
                assertThat(r.reason()).isEqualTo(RejectReason.DUPLICATE_IN_FLOW);
                assertThat(r.id()).hasToString("30/0049c43b-5087-3c44-87ef-349d316fc2b8");
            });
        }
    }

    @Test
    void skippedEntriesAreNotRead() {
        Path zip = SampleFlows.zip(tmp.resolve("flow.zip"), SampleFlows.flow2023Entries());
        try (FlowReader reader = FlowReader.open(zip);
                Stream<FlowItem> items = reader.items(e -> !e.file().contains("/30-"))) {
            List<FlowItem> list = items.toList();
            assertThat(list)
                    .filteredOn(i -> i instanceof FlowItem.Skipped)
                    .hasSize(4)
                    .allSatisfy(i -> assertThat(i.entry().idFromFileName()).isPresent());
            assertThat(list).filteredOn(i -> i instanceof FlowItem.Accepted).hasSize(6);
        }
    }

    @Test
    void anArchiveWhoseEntryInflatesBeyondItsDeclaredSizeIsRefused() throws IOException {
        // a real zip bomb, small on disk, whose central directory lies: an object listed in the index declares
        // 1,000 bytes (under every size and ratio check made when the archive is opened) but inflates to 20 MB
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        String target = entries.keySet().stream()
                .filter(name -> name.startsWith("objects/"))
                .reduce((a, b) -> b)
                .orElseThrow();
        int inflated = 20 * 1024 * 1024;
        int declared = 1000;
        Path bomb = tmp.resolve("forged.zip");
        try (OutputStream out = Files.newOutputStream(bomb);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(target)) {
                    byte[] zeros = new byte[64 * 1024];
                    for (int written = 0; written < inflated; written += zeros.length) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }
        lieAboutUncompressedSize(bomb, target, declared);
        assertThat(Files.size(bomb)).isLessThan(200 * 1024);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bomb.toFile())) {
            ZipEntry forged = zip.getEntry(target);
            assertThat(forged.getSize()).isEqualTo(declared);
            // the JDK itself would inflate all of it: the limit is the reader's own
            try (InputStream in = zip.getInputStream(forged)) {
                assertThat(in.readAllBytes()).hasSize(inflated);
            }
        }

        assertRefused(() -> openAndRead(bomb, FlowLimits.defaults()), Reason.ENTRY_TOO_LARGE);
        assertThatThrownBy(() -> openAndRead(bomb, FlowLimits.defaults()))
                .hasMessageContaining(target)
                .hasMessageContaining("inflates beyond " + declared);
    }

    /** Rewrites the uncompressed size of one entry in the central directory (what {@code ZipFile} believes). */
    private static void lieAboutUncompressedSize(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        boolean found = false;
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) { // central directory file header
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
            if (i + 46 + nameLength <= bytes.length
                    && new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(i + 24, size);
                found = true;
            }
        }
        assertThat(found).as("central directory entry of " + name).isTrue();
        Files.write(zip, bytes);
    }

    @Test
    void objectFileTooLargeInAFolder() {
        Path folder = SampleFlows.folder(tmp.resolve("flow"), SampleFlows.flow2023Entries());
        try (FlowReader reader = FlowReader.open(folder, FlowLimits.defaults().withMaxEntryBytes(300_000))) {
            List<FlowItem> items = SampleFlows.readAll(reader);
            assertThat(items)
                    .filteredOn(i -> i instanceof FlowItem.Rejected)
                    .extracting(i -> ((FlowItem.Rejected) i).reason())
                    .containsOnly(RejectReason.FILE_TOO_LARGE)
                    .hasSize(2);
        }
    }

    private static Path zipWithZeros(Path target, String name, int size) throws IOException {
        Map<String, byte[]> entries = SampleFlows.flow2023Entries();
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return target;
    }
}
