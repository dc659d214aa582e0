package fr.ambassade.providers.importing;

import static fr.ambassade.providers.importing.TestFlows.VILLANDRY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** DATAtourisme imports end to end on the real samples (they lie outside the territory: all communes). */
@IntegrationTest
class DatatourismeImportTest {

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

    ProviderView byDatatourismeId(String uri) {
        long id = repository
                .byExternalId(ExternalIdScheme.DATATOURISME, uri)
                .orElseThrow()
                .id();
        return providers.get(id);
    }

    List<ImportRunItem> items(ImportRun run) {
        return runs.items(run.id(), 10_000);
    }

    ImportRun importFlow(String... objects) {
        Path zip = TestFlows.zip(
                tmp.resolve("flow-" + System.nanoTime() + ".zip"), TestFlows.flow(TestFlows.context2023(), objects));
        return imports.importDatatourisme(zip, ImportOptions.everyCommune(), "test");
    }

    @Test
    void importsThe2020SampleFlowAndReimportsItUnchanged() {
        ImportRun first = imports.importDatatourisme(TestFlows.archive2020(), ImportOptions.everyCommune(), "test");
        assertThat(first.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(first.total()).isEqualTo(37);
        assertThat(first.done()).isEqualTo(37);
        assertThat(first.rejected()).isZero();
        // six events and a tour are not providers
        assertThat(first.skipped()).isGreaterThanOrEqualTo(7);
        int providersInFlow = first.created() + first.updated() + first.unchanged();
        assertThat(providersInFlow + first.skipped()).isEqualTo(37);
        assertThat(items(first))
                .filteredOn(i -> i.outcome() == ItemOutcome.SKIPPED)
                .extracting(ImportRunItem::reasonCode)
                .contains("EVENT", "TOUR");
        assertThat(items(first)).anySatisfy(i -> {
            assertThat(i.recordName()).isEqualTo("Circuit des pas pressés");
            assertThat(i.reasonCode()).isEqualTo("TOUR");
        });

        ProviderView villandry =
                byDatatourismeId("https://data.datatourisme.fr/15/2679335a-b7fa-31fc-b41f-7ee6548aff62");
        assertThat(villandry.name()).isEqualTo("Château et Jardins de Villandry");
        assertThat(villandry.category()).isEqualTo(ProviderCategory.HERITAGE_SITE);
        assertThat(villandry.subtype()).isEqualTo("castle");
        assertThat(villandry.communeCode()).isEqualTo("37272");
        assertThat(villandry.communeName()).isEqualTo("Villandry");
        assertThat(villandry.latitude()).isEqualTo(47.3408909);
        assertThat(villandry.longitude()).isEqualTo(0.5124092);
        assertThat(villandry.street()).isEqualTo("3 rue Principale");
        assertThat(villandry.postalCode()).isEqualTo("37510");
        assertThat(villandry.phone()).isEqualTo("+33 2 47 50 02 09");
        assertThat(villandry.email()).isEqualTo("info@chateauvillandry.com");
        assertThat(villandry.website()).isEqualTo("http://www.chateauvillandry.com/");
        assertThat(villandry.languages()).containsExactly("en", "fr");
        assertThat(villandry.descriptions().get("fr")).startsWith("Au pied du dernier grand château");
        assertThat(villandry.descriptions()).containsKey("en");
        assertThat(villandry.labels())
                .extracting(ProviderLabel::getCode)
                .contains(
                        "kb:LabelRating_AccueilVelo",
                        "kb:LabelRating_QualiteTourisme",
                        "kb:LabelRating_OutstandingGarden");
        assertThat(villandry.labels())
                .filteredOn(l -> l.getCode().equals("kb:LabelRating_OutstandingGarden"))
                .singleElement()
                .extracting(ProviderLabel::getNameFr)
                .isEqualTo("Jardin remarquable");
        assertThat(villandry.externalIds())
                .contains(new ExternalId(ExternalIdScheme.SOURCE_SYSTEM, "PCUCEN0370000177"));
        assertThat(villandry.outsideTerritory()).isTrue();
        assertThat(villandry.networkStatus()).isEqualTo(NetworkStatus.NONE);
        assertThat(villandry.photos())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.isPubliclyReusable()).isFalse());
        assertThat(villandry.photos().get(0).getCredit()).isEqualTo("Château de Villandry");
        assertThat(villandry.importedValues()).containsEntry("name", "Château et Jardins de Villandry");

        ProviderView hotel = byDatatourismeId("https://data.datatourisme.fr/15/5317203a-a3e9-3281-bc27-dea5c913fb27");
        assertThat(hotel.name()).isEqualTo("Citotel Criden");
        assertThat(hotel.communeCode()).isEqualTo("37261");
        assertThat(hotel.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(hotel.labels()).extracting(ProviderLabel::getCode).contains("kb:ScaleRating_3etoiles");

        ProviderView winery = byDatatourismeId("https://data.datatourisme.fr/15/0e99c8e8-175f-3ea4-ba38-77267c63025b");
        assertThat(winery.category()).isEqualTo(ProviderCategory.PRODUCER);
        assertThat(winery.subtype()).isEqualTo("winery");
        assertThat(winery.communeCode()).isEqualTo("37200");

        // the same flow as a zip: nothing changed, nothing duplicated
        Path zip = TestFlows.zipFolder(TestFlows.archive2020(), tmp.resolve("flow-2020.zip"));
        ImportRun second = imports.importDatatourisme(zip, ImportOptions.everyCommune(), "test");
        assertThat(second.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(providersInFlow);
        assertThat(second.summaryLine())
                .isEqualTo("created=0 updated=0 unchanged=" + providersInFlow + " skipped=" + second.skipped()
                        + " rejected=0");
        assertThat(byDatatourismeId(villandry.externalIds().stream()
                                .filter(e -> e.scheme() == ExternalIdScheme.DATATOURISME)
                                .findFirst()
                                .orElseThrow()
                                .value())
                        .id())
                .isEqualTo(villandry.id());
    }

    @Test
    void the2023ObjectsOfOtherRegionsAreSkippedWithDefaultOptions() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        List<String> objects = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(TestFlows.objects2023())) {
            files.sorted().forEach(f -> objects.add(TestFlows.read(f)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        entries.putAll(TestFlows.flow(TestFlows.context2023(), objects.toArray(String[]::new)));
        Path zip = TestFlows.zip(tmp.resolve("flow-2023.zip"), entries);
        ImportRun run = imports.importDatatourisme(zip, ImportOptions.defaults(), "test");
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.total()).isEqualTo(10);
        assertThat(run.created() + run.updated() + run.unchanged()).isZero();
        assertThat(run.skipped()).isEqualTo(10);
        assertThat(items(run))
                .filteredOn(i -> i.reasonCode().equals("OUTSIDE_TERRITORY"))
                .hasSize(9)
                .anySatisfy(i -> {
                    assertThat(i.recordName()).isEqualTo("MAZETTE");
                    assertThat(i.detail()).contains("87204");
                });
        assertThat(items(run)).filteredOn(i -> i.reasonCode().equals("EVENT")).hasSize(1);

        ImportRun all = imports.importDatatourisme(zip, ImportOptions.everyCommune(), "test");
        assertThat(all.created() + all.updated() + all.unchanged()).isEqualTo(9);
        ProviderView gite = byDatatourismeId("https://data.datatourisme.fr/23/005819a3-aaf9-31ba-9f1f-5616e78d8738");
        assertThat(gite.name()).isEqualTo("MAZETTE");
        assertThat(gite.communeCode()).isEqualTo("87204");
        assertThat(gite.latitude()).isEqualTo(45.802394);
        assertThat(gite.labels())
                .extracting(ProviderLabel::getCode)
                .containsExactlyInAnyOrder("kb:ScaleRating_3epis", "kb:LabelRating_GitesDeFrance");
        ProviderView abbey = byDatatourismeId("https://data.datatourisme.fr/30/0075b425-3bee-3e37-ae93-5f5a5535d1b2");
        assertThat(abbey.photos()).anySatisfy(p -> {
            assertThat(p.getLicence()).isEqualTo("CC BY 2.5");
            assertThat(p.isPubliclyReusable()).isTrue();
        });
    }

    @Test
    void theSameRecordUnderBothNamespacesIsOneProvider() {
        String record2020 = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String uri = TestFlows.canonicalUri(record2020);
        Path zip2020 = TestFlows.zip(tmp.resolve("ns2020.zip"), TestFlows.flow(TestFlows.context2020(), record2020));
        ImportRun first = imports.importDatatourisme(zip2020, ImportOptions.everyCommune(), "test");
        assertThat(first.created()).isEqualTo(1);

        String record2023 = TestFlows.under2023Namespace(record2020);
        assertThat(record2023).contains("https://data.datatourisme.fr/").doesNotContain("datatourisme.gouv.fr");
        ImportRun second = importFlow(record2023);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged() + second.updated()).isEqualTo(1);
        ProviderView p = byDatatourismeId(uri);
        assertThat(p.externalIds())
                .filteredOn(e -> e.scheme() == ExternalIdScheme.DATATOURISME)
                .hasSize(1);
    }

    @Test
    void aStaffCorrectionSurvivesAReimportOfAModifiedRecord() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String uri = TestFlows.canonicalUri(record);
        assertThat(importFlow(record).created()).isEqualTo(1);
        ProviderView imported = byDatatourismeId(uri);

        // staff fix the name and the category in the back office
        ProviderDetails d = imported.details();
        ProviderDetails corrected = new ProviderDetails(
                "Villandry, château et jardins",
                ProviderCategory.ACTIVITY,
                d.subtype(),
                d.communeCode(),
                d.communeName(),
                d.street(),
                d.postalCode(),
                d.locality(),
                d.latitude(),
                d.longitude(),
                d.phone(),
                d.email(),
                d.website(),
                d.languages(),
                d.accessibilityFlags(),
                d.accessibilityNotes(),
                d.descriptions(),
                "corrected by hand",
                d.outsideTerritory());
        providers.update(imported.id(), imported.version(), corrected, imported.contacts());

        // the source changes the name and the phone
        String modified = TestFlows.withName(
                        record, "Château et Jardins de Villandry", "Château & Jardins de Villandry")
                .replace("\"+33 2 47 50 02 09\"", "\"+33 2 47 50 02 10\"");
        ImportRun run = importFlow(modified);
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.created()).isZero();
        assertThat(run.correctionsKept()).isEqualTo(2);

        ProviderView after = byDatatourismeId(uri);
        assertThat(after.id()).isEqualTo(imported.id());
        assertThat(after.name()).isEqualTo("Villandry, château et jardins");
        assertThat(after.category()).isEqualTo(ProviderCategory.ACTIVITY);
        assertThat(after.staffNotes()).isEqualTo("corrected by hand");
        assertThat(after.phone()).isEqualTo("+33 2 47 50 02 10");
        assertThat(after.importedValues())
                .containsEntry("name", "Château & Jardins de Villandry")
                .containsEntry("category", "HERITAGE_SITE");
        assertThat(items(run))
                .filteredOn(i -> i.outcome() == ItemOutcome.CORRECTION_KEPT)
                .extracting(ImportRunItem::field)
                .containsExactlyInAnyOrder("name", "category");
        assertThat(items(run))
                .filteredOn(i -> "name".equals(i.field()))
                .singleElement()
                .satisfies(i -> assertThat(i.detail())
                        .contains("Villandry, château et jardins")
                        .contains("Château & Jardins de Villandry"));

        // once the source says what staff said, the field follows the source again
        ImportRun again = importFlow(
                TestFlows.withName(modified, "Château & Jardins de Villandry", "Villandry, château et jardins"));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(items(again)).filteredOn(i -> "name".equals(i.field())).isEmpty();
    }

    @Test
    void anIdenticalReimportChangesNothing() {
        String record = TestFlows.fresh(TestFlows.object2020(TestFlows.CITOTEL));
        assertThat(importFlow(record).created()).isEqualTo(1);
        ProviderView before = byDatatourismeId(TestFlows.canonicalUri(record));
        ImportRun again = importFlow(record);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(byDatatourismeId(TestFlows.canonicalUri(record)).version()).isEqualTo(before.version());
    }

    @Test
    void labelsTickedByStaffSurviveAReimport() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String uri = TestFlows.canonicalUri(record);
        assertThat(importFlow(record).created()).isEqualTo(1);
        ProviderView imported = byDatatourismeId(uri);
        List<ProviderLabel> staffLabels = new ArrayList<>(imported.labels());
        assertThat(staffLabels).extracting(ProviderLabel::getCode).doesNotContain("kb:LabelRating_AccueilPaysan");
        staffLabels.add(new ProviderLabel("kb:LabelRating_AccueilPaysan", "Accueil Paysan", "Accueil Paysan"));
        providers.update(imported.id(), imported.version(), imported.details(), imported.contacts(), staffLabels);

        // the source changes something else: the record is updated, the staff's labels are kept and reported
        String modified = record.replace("\"+33 2 47 50 02 09\"", "\"+33 2 47 50 02 10\"");
        ImportRun run = importFlow(modified);
        assertThat(run.updated()).isEqualTo(1);
        ProviderView after = byDatatourismeId(uri);
        assertThat(after.phone()).isEqualTo("+33 2 47 50 02 10");
        assertThat(after.labels())
                .extracting(ProviderLabel::getCode)
                .contains("kb:LabelRating_AccueilPaysan")
                .containsAll(
                        imported.labels().stream().map(ProviderLabel::getCode).toList());
        assertThat(items(run))
                .filteredOn(i -> i.outcome() == ItemOutcome.CORRECTION_KEPT)
                .extracting(ImportRunItem::field)
                .containsExactly("labels");
    }
}
