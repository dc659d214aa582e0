package fr.ambassade.providers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV imports: separators, encodings, bad rows, matching and idempotence. Communes of the territory. */
@IntegrationTest
class CsvImportTest {

    static final String HEADER = "nom;categorie;sous_type;code_insee;code_postal;commune;adresse;latitude;longitude;"
            + "telephone;email;site_web;labels;langues;description;identifiant_externe";

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

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    Path write(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    ProviderView byCsvId(String id) {
        return providers.get(
                repository.byExternalId(ExternalIdScheme.CSV, id).orElseThrow().id());
    }

    List<ImportRunItem> items(ImportRun run) {
        return runs.items(run.id(), 1000);
    }

    @Test
    void semicolonsUtf8WithBomAndReimport() throws IOException {
        String csv = HEADER + "\r\n"
                + "Estaminet du Beffroi " + tag + ";restauration;estaminet;62119;62400;Béthune;12 Grand'Place;50,5303;"
                + "2,6408;03 21 00 00 00;contact@exemple.fr;www.exemple.fr;Qualité Tourisme|Accueil Vélo;fr|en|nl;"
                + "\"Cuisine régionale; bières \"\"locales\"\"\";E1-" + tag + "\r\n"
                + "Gîte des Corons " + tag + ";Hébergement;gite;;62290;Nœux-les-Mines;;;;;;;;;;E2-" + tag + "\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        Path file = write("providers.csv", withBom);

        ImportRun run = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.total()).isEqualTo(2);
        assertThat(run.created()).isEqualTo(2);

        ProviderView estaminet = byCsvId("E1-" + tag);
        assertThat(estaminet.name()).isEqualTo("Estaminet du Beffroi " + tag);
        assertThat(estaminet.category()).isEqualTo(ProviderCategory.FOOD);
        assertThat(estaminet.communeCode()).isEqualTo("62119");
        assertThat(estaminet.latitude()).isEqualTo(50.5303);
        assertThat(estaminet.website()).isEqualTo("http://www.exemple.fr");
        assertThat(estaminet.languages()).containsExactly("fr", "en", "nl");
        assertThat(estaminet.descriptions()).containsEntry("fr", "Cuisine régionale; bières \"locales\"");
        assertThat(estaminet.labels())
                .extracting(ProviderLabel::getNameFr)
                .containsExactlyInAnyOrder("Qualité Tourisme", "Accueil Vélo");
        assertThat(estaminet.outsideTerritory()).isFalse();

        // postal code + name, with the ligature: Nœux-les-Mines
        ProviderView gite = byCsvId("E2-" + tag);
        assertThat(gite.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(gite.communeCode()).isEqualTo("62617");
        assertThat(items(run))
                .filteredOn(i -> i.reasonCode().equals("MISSING_COORDINATES"))
                .hasSize(1);

        ImportRun again = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated()).isZero();
    }

    @Test
    void commasAndWindows1252AreDetected() throws IOException {
        String csv = "nom,categorie,code_insee,commune,latitude,longitude,identifiant_externe\n"
                + "\"Chèvrerie de l'Église, " + tag + "\",producteur,62119,Béthune,50.53,2.64,W1-" + tag + "\n";
        Path file = write("cp1252.csv", csv.getBytes(Charset.forName("windows-1252")));
        ImportRun run = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.created()).isEqualTo(1);
        assertThat(byCsvId("W1-" + tag).name()).isEqualTo("Chèvrerie de l'Église, " + tag);
        assertThat(items(run)).extracting(ImportRunItem::reasonCode).contains("ENCODING_WINDOWS_1252");
    }

    @Test
    void coordinatesAndAddressesFollowTheSharedRules() throws IOException {
        String csv = "nom;categorie;code_insee;latitude;longitude;email;identifiant_externe\n"
                + "Musée " + tag + ";site patrimonial;62119;48.87492245;2.4004341949601886;Accueil@Musee.example;G1-"
                + tag + "\n"
                + "Exposant " + tag + ";site patrimonial;62119;5.05e1;2.6;;G2-" + tag + "\n"
                + "Sans point " + tag + ";site patrimonial;62119;;;accueil@localhost;G3-" + tag + "\n";
        ImportRun run = imports.importCsv(
                write("geo.csv", csv.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(), "test");
        ProviderView museum = byCsvId("G1-" + tag);
        assertThat(museum.latitude()).isEqualTo(48.8749225);
        assertThat(museum.longitude()).isEqualTo(2.4004342);
        assertThat(museum.email()).isEqualTo("accueil@musee.example");
        assertThat(items(run))
                .filteredOn(i -> i.outcome() != ItemOutcome.FLAGGED)
                .extracting(ImportRunItem::reasonCode, ImportRunItem::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "BAD_COORDINATES", "5.05e1, 2.6 (latitude in exponent notation)"),
                        org.assertj.core.groups.Tuple.tuple("BAD_EMAIL", "accueil@localhost"));
    }

    @Test
    void withoutIdentifierARowIsMatchedByNameAndCommune() throws IOException {
        String csv = "nom;categorie;code_insee\nMoulin " + tag + ";site patrimonial;62119\n";
        Path file = write("noid.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.importCsv(file, ImportOptions.defaults(), "test").created())
                .isEqualTo(1);
        ImportRun again = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void badRowsAreRejectedWithTheirReasons() throws IOException {
        String csv = HEADER + "\n"
                + ";restauration;;62119;;;;;;;;;;;;B1-" + tag + "\n"
                + "Sans catégorie " + tag + ";boulangerie;;62119;;;;;;;;;;;;B2-" + tag + "\n"
                + "Mauvaises coordonnées " + tag + ";autre;;62119;;;;95.2;2.6;;;;;;;B3-" + tag + "\n"
                + "Une seule coordonnée " + tag + ";autre;;62119;;;;50.2;;;;;;;;B4-" + tag + "\n"
                + "Mauvais courriel " + tag + ";autre;;62119;;;;;;;pas-un-courriel;;;;;B5-" + tag + "\n"
                + "Mauvais site " + tag + ";autre;;62119;;;;;;;;javascript:alert(1);;;;B6-" + tag + "\n"
                + "Commune inconnue " + tag + ";autre;;62999;;;;;;;;;;;;B7-" + tag + "\n"
                + "Code de pays étranger " + tag + ";autre;;99134;;;;;;;;;;;;B11-" + tag + "\n"
                + "Doublon " + tag + ";autre;;62119;;;;;;;;;;;;B8-" + tag + "\n"
                + "Doublon " + tag + ";autre;;62119;;;;;;;;;;;;B8-" + tag + "\n"
                + "Hors territoire " + tag + ";autre;;37272;;;;;;;;;;;;B9-" + tag + "\n"
                + "Correct " + tag + ";commerce;;62119;;;;;;;;;;;;B10-" + tag + "\n";
        Path file = write("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportRun run = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.rejected()).isEqualTo(9);
        assertThat(items(run))
                .filteredOn(i -> i.outcome() != ItemOutcome.FLAGGED)
                .extracting(ImportRunItem::reasonCode)
                .containsExactly(
                        "MISSING_NAME",
                        "BAD_CATEGORY",
                        "BAD_COORDINATES",
                        "BAD_COORDINATES",
                        "BAD_EMAIL",
                        "BAD_WEBSITE",
                        "UNKNOWN_COMMUNE",
                        "BAD_INSEE_CODE",
                        "DUPLICATE_IN_FILE",
                        "OUTSIDE_TERRITORY");
    }

    @Test
    void unreadableFilesFailWithAClearReason() throws IOException {
        ImportRun binary = imports.importCsv(
                write("binary.csv", new byte[] {'n', 'o', 'm', 0, 1, 2, 3}), ImportOptions.defaults(), "test");
        assertThat(binary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(binary.errorCode()).isEqualTo("providers.imports.csv.error.notText");

        ImportRun utf16 = imports.importCsv(
                write("utf16.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_16)),
                ImportOptions.defaults(),
                "test");
        assertThat(utf16.status()).isEqualTo(ImportStatus.FAILED);

        ImportRun columns = imports.importCsv(
                write("columns.csv", "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(),
                "test");
        assertThat(columns.errorCode()).isEqualTo("providers.imports.csv.error.missingColumns");

        ImportRun missing = imports.importCsv(tmp.resolve("nothing.csv"), ImportOptions.defaults(), "test");
        assertThat(missing.errorCode()).isEqualTo("providers.imports.csv.error.notFound");
    }

    @Test
    void theTemplateIsImportable() throws IOException {
        String template = new String(CsvProviderFile.template(), StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFF" + HEADER);
        Path file = write("template.csv", CsvProviderFile.template());
        ImportRun run = imports.importCsv(file, ImportOptions.defaults(), "test");
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rejected()).isZero();
        assertThat(run.created() + run.unchanged() + run.updated()).isEqualTo(1);
    }
}
