package fr.ambassade.providers.importing;

import static fr.ambassade.providers.importing.TestFlows.VILLANDRY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.Provider;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderRepository;
import fr.ambassade.providers.domain.ProviderService;
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
    ProviderRepository repository;

    @Autowired
    ProviderService providers;

    @TempDir
    Path tmp;

    Provider byDatatourismeId(String uri) {
        long id = repository
                .findByExternalId(ExternalIdScheme.DATATOURISME, uri)
                .orElseThrow()
                .getId();
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

        Provider villandry = byDatatourismeId("https://data.datatourisme.fr/15/2679335a-b7fa-31fc-b41f-7ee6548aff62");
        assertThat(villandry.getName()).isEqualTo("Château et Jardins de Villandry");
        assertThat(villandry.getCategory()).isEqualTo(ProviderCategory.HERITAGE_SITE);
        assertThat(villandry.getSubtype()).isEqualTo("castle");
        assertThat(villandry.getCommuneCode()).isEqualTo("37272");
        assertThat(villandry.getCommuneName()).isEqualTo("Villandry");
        assertThat(villandry.getLatitude()).isEqualTo(47.3408909);
        assertThat(villandry.getLongitude()).isEqualTo(0.5124092);
        assertThat(villandry.getStreet()).isEqualTo("3 rue Principale");
        assertThat(villandry.getPostalCode()).isEqualTo("37510");
        assertThat(villandry.getPhone()).isEqualTo("+33 2 47 50 02 09");
        assertThat(villandry.getEmail()).isEqualTo("info@chateauvillandry.com");
        assertThat(villandry.getWebsite()).isEqualTo("http://www.chateauvillandry.com/");
        assertThat(villandry.getLanguages()).containsExactly("en", "fr");
        assertThat(villandry.getDescriptions().get("fr")).startsWith("Au pied du dernier grand château");
        assertThat(villandry.getDescriptions()).containsKey("en");
        assertThat(villandry.getLabels())
                .extracting(ProviderLabel::getCode)
                .contains(
                        "kb:LabelRating_AccueilVelo",
                        "kb:LabelRating_QualiteTourisme",
                        "kb:LabelRating_OutstandingGarden");
        assertThat(villandry.getLabels())
                .filteredOn(l -> l.getCode().equals("kb:LabelRating_OutstandingGarden"))
                .singleElement()
                .extracting(ProviderLabel::getNameFr)
                .isEqualTo("Jardin remarquable");
        assertThat(villandry.getExternalIds())
                .contains(new ExternalId(ExternalIdScheme.SOURCE_SYSTEM, "PCUCEN0370000177"));
        assertThat(villandry.isOutsideTerritory()).isTrue();
        assertThat(villandry.getNetworkStatus()).isEqualTo(NetworkStatus.NONE);
        assertThat(villandry.getPhotos())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.isPubliclyReusable()).isFalse());
        assertThat(villandry.getPhotos().get(0).getCredit()).isEqualTo("Château de Villandry");
        assertThat(villandry.getImportedValues()).containsEntry("name", "Château et Jardins de Villandry");

        Provider hotel = byDatatourismeId("https://data.datatourisme.fr/15/5317203a-a3e9-3281-bc27-dea5c913fb27");
        assertThat(hotel.getName()).isEqualTo("Citotel Criden");
        assertThat(hotel.getCommuneCode()).isEqualTo("37261");
        assertThat(hotel.getCategory()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(hotel.getLabels()).extracting(ProviderLabel::getCode).contains("kb:ScaleRating_3etoiles");

        Provider winery = byDatatourismeId("https://data.datatourisme.fr/15/0e99c8e8-175f-3ea4-ba38-77267c63025b");
        assertThat(winery.getCategory()).isEqualTo(ProviderCategory.PRODUCER);
        assertThat(winery.getSubtype()).isEqualTo("winery");
        assertThat(winery.getCommuneCode()).isEqualTo("37200");

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
        assertThat(byDatatourismeId(villandry.getExternalIds().stream()
                                .filter(e -> e.scheme() == ExternalIdScheme.DATATOURISME)
                                .findFirst()
                                .orElseThrow()
                                .value())
                        .getId())
                .isEqualTo(villandry.getId());
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
        Provider gite = byDatatourismeId("https://data.datatourisme.fr/23/005819a3-aaf9-31ba-9f1f-5616e78d8738");
        assertThat(gite.getName()).isEqualTo("MAZETTE");
        assertThat(gite.getCommuneCode()).isEqualTo("87204");
        assertThat(gite.getLatitude()).isEqualTo(45.802394);
        assertThat(gite.getLabels())
                .extracting(ProviderLabel::getCode)
                .containsExactlyInAnyOrder("kb:ScaleRating_3epis", "kb:LabelRating_GitesDeFrance");
        Provider abbey = byDatatourismeId("https://data.datatourisme.fr/30/0075b425-3bee-3e37-ae93-5f5a5535d1b2");
        assertThat(abbey.getPhotos()).anySatisfy(p -> {
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
        Provider p = byDatatourismeId(uri);
        assertThat(p.getExternalIds())
                .filteredOn(e -> e.scheme() == ExternalIdScheme.DATATOURISME)
                .hasSize(1);
    }

    @Test
    void aStaffCorrectionSurvivesAReimportOfAModifiedRecord() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String uri = TestFlows.canonicalUri(record);
        assertThat(importFlow(record).created()).isEqualTo(1);
        Provider imported = byDatatourismeId(uri);

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
        providers.update(imported.getId(), imported.getVersion(), corrected, imported.getContacts());

        // the source changes the name and the phone
        String modified = TestFlows.withName(
                        record, "Château et Jardins de Villandry", "Château & Jardins de Villandry")
                .replace("\"+33 2 47 50 02 09\"", "\"+33 2 47 50 02 10\"");
        ImportRun run = importFlow(modified);
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.created()).isZero();
        assertThat(run.correctionsKept()).isEqualTo(2);

        Provider after = byDatatourismeId(uri);
        assertThat(after.getId()).isEqualTo(imported.getId());
        assertThat(after.getName()).isEqualTo("Villandry, château et jardins");
        assertThat(after.getCategory()).isEqualTo(ProviderCategory.ACTIVITY);
        assertThat(after.getStaffNotes()).isEqualTo("corrected by hand");
        assertThat(after.getPhone()).isEqualTo("+33 2 47 50 02 10");
        assertThat(after.getImportedValues())
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
        Provider before = byDatatourismeId(TestFlows.canonicalUri(record));
        ImportRun again = importFlow(record);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(byDatatourismeId(TestFlows.canonicalUri(record)).getVersion())
                .isEqualTo(before.getVersion());
    }

    @Test
    void labelsTickedByStaffSurviveAReimport() {
        String record = TestFlows.fresh(TestFlows.object2020(VILLANDRY));
        String uri = TestFlows.canonicalUri(record);
        assertThat(importFlow(record).created()).isEqualTo(1);
        Provider imported = byDatatourismeId(uri);
        List<ProviderLabel> staffLabels = new ArrayList<>(imported.getLabels());
        assertThat(staffLabels).extracting(ProviderLabel::getCode).doesNotContain("kb:LabelRating_AccueilPaysan");
        staffLabels.add(new ProviderLabel("kb:LabelRating_AccueilPaysan", "Accueil Paysan", "Accueil Paysan"));
        providers.update(
                imported.getId(), imported.getVersion(), imported.details(), imported.getContacts(), staffLabels);

        // the source changes something else: the record is updated, the staff's labels are kept and reported
        String modified = record.replace("\"+33 2 47 50 02 09\"", "\"+33 2 47 50 02 10\"");
        ImportRun run = importFlow(modified);
        assertThat(run.updated()).isEqualTo(1);
        Provider after = byDatatourismeId(uri);
        assertThat(after.getPhone()).isEqualTo("+33 2 47 50 02 10");
        assertThat(after.getLabels())
                .extracting(ProviderLabel::getCode)
                .contains("kb:LabelRating_AccueilPaysan")
                .containsAll(imported.getLabels().stream()
                        .map(ProviderLabel::getCode)
                        .toList());
        assertThat(items(run))
                .filteredOn(i -> i.outcome() == ItemOutcome.CORRECTION_KEPT)
                .extracting(ImportRunItem::field)
                .containsExactly("labels");
    }
}
