package fr.ambassade.providers.importing;

import static fr.ambassade.providers.importing.TestFlows.CITOTEL;
import static fr.ambassade.providers.importing.TestFlows.PAGET;
import static fr.ambassade.providers.importing.TestFlows.VILLANDRY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.providers.importing.datatourisme.FlowLimits;
import fr.ambassade.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of bad input: the run fails with a translated reason, or the bad record alone is set aside. */
@IntegrationTest
class BadInputImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportRuns runs;

    @Autowired
    ProviderFixtures repository;

    @Autowired
    ProviderService providers;

    @TempDir
    Path tmp;

    ImportRun importFile(Path file) {
        return imports.importDatatourisme(file, ImportOptions.everyCommune(), "test");
    }

    ImportRun importFlow(String... objects) {
        return importEntries(TestFlows.flow(TestFlows.context2020(), objects));
    }

    ImportRun importEntries(Map<String, byte[]> entries) {
        return importFile(TestFlows.zip(tmp.resolve("flow-" + System.nanoTime() + ".zip"), entries));
    }

    List<ImportRunItem> items(ImportRun run) {
        return runs.items(run.id(), 1000);
    }

    Optional<ProviderView> provider(String object) {
        return repository
                .byExternalId(ExternalIdScheme.DATATOURISME, TestFlows.canonicalUri(object))
                .map(p -> providers.get(p.id()));
    }

    void assertFailed(ImportRun run, String reason) {
        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.errorCode()).isEqualTo("FlowException.Reason." + reason);
        assertThat(run.errorMessage()).isNotBlank();
        assertThat(run.created() + run.updated()).isZero();
    }

    @Test
    void notAZip() throws IOException {
        Path file = tmp.resolve("flow.zip");
        Files.writeString(file, "this is not an archive at all");
        assertFailed(importFile(file), "NOT_A_ZIP");
    }

    @Test
    void aMissingFile() {
        assertFailed(importFile(tmp.resolve("missing.zip")), "NOT_FOUND");
    }

    @Test
    void aCorruptedZip() throws IOException {
        Path good = TestFlows.zip(
                tmp.resolve("good.zip"),
                TestFlows.flow(TestFlows.context2020(), TestFlows.fresh(TestFlows.object2020(VILLANDRY))));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = tmp.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertFailed(importFile(truncated), "CORRUPTED");
    }

    @Test
    void aZipBomb() throws IOException {
        Path bomb = tmp.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.json"));
            zip.write("[]".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("context.jsonld"));
            zip.write(TestFlows.context2020().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("objects/0/00/15-bomb.json"));
            zip.write(new byte[4 * 1024 * 1024]);
            zip.closeEntry();
        }
        ImportRun ratio = importFile(bomb);
        assertFailed(ratio, "COMPRESSION_RATIO_TOO_HIGH");
        ImportRun size = imports.importDatatourisme(
                bomb,
                ImportOptions.everyCommune().withLimits(FlowLimits.defaults().withMaxEntryBytes(1024 * 1024)),
                "test");
        assertFailed(size, "ENTRY_TOO_LARGE");
    }

    @Test
    void anEntryClimbingOutOfTheArchive() {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                TestFlows.flow(TestFlows.context2020(), TestFlows.fresh(TestFlows.object2020(VILLANDRY))));
        entries.put("../../evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertFailed(importEntries(entries), "UNSAFE_ENTRY_NAME");
    }

    @Test
    void aMissingIndexOrContext() {
        Map<String, byte[]> noIndex = new LinkedHashMap<>(
                TestFlows.flow(TestFlows.context2020(), TestFlows.fresh(TestFlows.object2020(VILLANDRY))));
        noIndex.remove("index.json");
        assertFailed(importEntries(noIndex), "MISSING_INDEX");
        Map<String, byte[]> noContext = new LinkedHashMap<>(
                TestFlows.flow(TestFlows.context2020(), TestFlows.fresh(TestFlows.object2020(VILLANDRY))));
        noContext.remove("context.jsonld");
        assertFailed(importEntries(noContext), "MISSING_CONTEXT");
    }

    @Test
    void aMalformedObjectIsRejectedAndTheOthersImported() {
        String good1 = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String good2 = TestFlows.fresh(TestFlows.object2020(CITOTEL));
        String whole = TestFlows.fresh(TestFlows.object2020(PAGET));
        String broken = whole.substring(0, whole.length() / 2);
        ImportRun run = importFlow(good1, broken, good2);
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(items(run)).singleElement().satisfies(i -> {
            assertThat(i.outcome()).isEqualTo(ItemOutcome.REJECTED);
            assertThat(i.reasonCode()).isEqualTo("MALFORMED_JSON");
            assertThat(i.recordIdentity()).isEqualTo(TestFlows.canonicalUri(broken));
        });
        assertThat(provider(good1)).isPresent();
        assertThat(provider(good2)).isPresent();
    }

    @Test
    void theSameIdentifierTwiceInOneFlow() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        Map<String, byte[]> entries = new LinkedHashMap<>(TestFlows.flow(TestFlows.context2020(), record));
        String index = new String(entries.get("index.json"), StandardCharsets.UTF_8);
        String file = index.substring(index.indexOf("\"file\": \"") + 9, index.indexOf(".json\"") + 5);
        // a second index entry and file holding the same object
        String copy = file.replace(".json", "-copy.json");
        entries.put(
                "index.json",
                index.replace("}\n]", "},\n{\"label\": \"copy\", \"file\": \"" + copy + "\"}\n]")
                        .getBytes(StandardCharsets.UTF_8));
        entries.put("objects/" + copy, record.getBytes(StandardCharsets.UTF_8));
        ImportRun run = importEntries(entries);
        assertThat(run.created()).isEqualTo(1);
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(items(run))
                .singleElement()
                .extracting(ImportRunItem::reasonCode)
                .isEqualTo("DUPLICATE_IN_FLOW");
    }

    @Test
    void missingAndOutOfRangeCoordinatesAreImportedAndFlagged() {
        String missing = TestFlows.fresh(TestFlows.object2020(VILLANDRY)).replace("\"schema:geo\"", "\"schema:nogeo\"");
        String outOfRange =
                TestFlows.fresh(TestFlows.object2020(VILLANDRY)).replace("\"47.3408909\"", "\"147.3408909\"");
        ImportRun run = importFlow(missing, outOfRange);
        assertThat(run.created()).isEqualTo(2);
        assertThat(provider(missing).orElseThrow().hasCoordinates()).isFalse();
        assertThat(provider(outOfRange).orElseThrow().hasCoordinates()).isFalse();
        assertThat(items(run))
                .filteredOn(i -> i.outcome() == ItemOutcome.FLAGGED)
                .extracting(ImportRunItem::recordIdentity, ImportRunItem::reasonCode)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(TestFlows.canonicalUri(missing), "MISSING_COORDINATES"),
                        org.assertj.core.groups.Tuple.tuple(TestFlows.canonicalUri(outOfRange), "INVALID_COORDINATES"));
    }

    @Test
    void anUnknownCommuneIsRejected() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY))
                .replace("\"37272\"", "\"62999\"")
                .replace("\"37510\"", "\"00000\"");
        ImportRun run = importFlow(record);
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(run.created()).isZero();
        assertThat(items(run)).singleElement().satisfies(i -> {
            assertThat(i.reasonCode()).isEqualTo("UNKNOWN_COMMUNE");
            assertThat(i.detail()).contains("62999");
        });
        assertThat(provider(record)).isEmpty();
    }

    @Test
    void aHugeDescriptionIsCutAndFlagged() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY))
                .replace("\"Au pied du dernier", "\"" + "é".repeat(50_000) + "Au pied du dernier");
        ImportRun run = importFlow(record);
        assertThat(run.created()).isEqualTo(1);
        assertThat(provider(record).orElseThrow().descriptions().get("fr")).hasSize(20_000);
        assertThat(items(run)).extracting(ImportRunItem::reasonCode).contains("TEXT_TRUNCATED");
    }

    @Test
    void wrongValueTypesAreIgnoredAndFlagged() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY))
                .replace("\"info@chateauvillandry.com\"", "{\"unexpected\": 1}")
                .replace("\"reducedMobilityAccess\": true", "\"reducedMobilityAccess\": {\"a\": [1]}");
        ImportRun run = importFlow(record);
        assertThat(run.created()).isEqualTo(1);
        ProviderView p = provider(record).orElseThrow();
        assertThat(p.email()).isNull();
        assertThat(p.name()).isEqualTo("Château et Jardins de Villandry");
        assertThat(items(run)).extracting(ImportRunItem::reasonCode).contains("WRONG_TYPE");
    }
}
