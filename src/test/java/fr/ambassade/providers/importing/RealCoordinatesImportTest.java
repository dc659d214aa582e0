package fr.ambassade.providers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coordinates as real flows publish them (15–17 decimals, floating-point artefacts): kept, rounded to 7 decimals,
 * and filled in by re-importing a flow whose coordinates an earlier version refused. Records from
 * {@code src/test/resources/datatourisme/real-coordinates-2023} (see the README there).
 */
@IntegrationTest
class RealCoordinatesImportTest {

    private static final String FIRST = "19-3f2c1b6e-8a41-3d0e-9b7a-1c5e2f40a001.json";
    private static final String SECOND = "19-3f2c1b6e-8a41-3d0e-9b7a-1c5e2f40a002.json";
    private static final String THIRD = "19-3f2c1b6e-8a41-3d0e-9b7a-1c5e2f40a003.json";

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

    static String record(String file) {
        return TestFlows.fresh(
                TestFlows.read(TestFlows.resource("real-coordinates-2023").resolve(file)));
    }

    ImportRun importFlow(String... objects) {
        Path zip = TestFlows.zip(
                tmp.resolve("flow-" + System.nanoTime() + ".zip"), TestFlows.flow(TestFlows.context2023(), objects));
        return imports.importDatatourisme(zip, ImportOptions.everyCommune(), "test");
    }

    ProviderView provider(String object) {
        long id = repository
                .byExternalId(ExternalIdScheme.DATATOURISME, TestFlows.canonicalUri(object))
                .orElseThrow()
                .id();
        return providers.get(id);
    }

    List<ImportRunItem> items(ImportRun run) {
        return runs.items(run.id(), 1000);
    }

    @Test
    void coordinatesWithFifteenToSeventeenDecimalsAreImportedRoundedToSevenDecimals() {
        String first = record(FIRST);
        String second = record(SECOND);
        String third = record(THIRD);

        ImportRun run = importFlow(first, second, third);

        assertThat(run.created()).isEqualTo(3);
        assertThat(items(run)).extracting(ImportRunItem::reasonCode).doesNotContain("INVALID_COORDINATES");
        assertThat(provider(first)).satisfies(p -> {
            assertThat(p.latitude()).isEqualTo(48.8613629);
            assertThat(p.longitude()).isEqualTo(2.400301);
        });
        assertThat(provider(second).longitude()).isEqualTo(2.343471);
        assertThat(provider(third)).satisfies(p -> {
            assertThat(p.latitude()).isEqualTo(48.8749225);
            assertThat(p.longitude()).isEqualTo(2.4004342);
        });
    }

    @Test
    void reImportingAFlowWhoseCoordinatesWereRefusedFillsThemIn() {
        String real = record(FIRST);
        // the state a flow imported before the fix left: the same record, its coordinates refused (an earlier
        // mapping refused more than 12 decimals; an exponent is still refused), so no coordinates and a flag
        String refusedBefore = real.replace("\"2.400301000000013\"", "\"2.400301000000013e0\"");
        ImportRun before = importFlow(refusedBefore);
        assertThat(before.created()).isEqualTo(1);
        assertThat(provider(real).hasCoordinates()).isFalse();
        assertThat(items(before)).anySatisfy(i -> {
            assertThat(i.reasonCode()).isEqualTo("INVALID_COORDINATES");
            assertThat(i.detail()).contains("longitude in exponent notation");
        });

        ImportRun again = importFlow(real);

        assertThat(again.updated()).as("not skipped as unchanged").isEqualTo(1);
        assertThat(again.unchanged()).isZero();
        assertThat(provider(real).latitude()).isEqualTo(48.8613629);
        assertThat(provider(real).longitude()).isEqualTo(2.400301);
        assertThat(items(again))
                .extracting(ImportRunItem::reasonCode)
                .doesNotContain("INVALID_COORDINATES", "STAFF_CORRECTION");

        ImportRun third = importFlow(real);
        assertThat(third.unchanged()).as("then unchanged again").isEqualTo(1);
    }
}
