package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.CoordinateStatus;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.PhotoReference;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.ReviewLabel;
import fr.ambassade.providers.importing.datatourisme.TypeMapping.Decision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real sample flows and checks named records against samples-summary.csv. */
class FlowReaderSamplesTest {

    static Map<String, DatatourismeRecord> archive2020;
    static Map<String, DatatourismeRecord> objects2023;

    @BeforeAll
    static void readSamples(@TempDir Path tmp) {
        try (FlowReader reader = FlowReader.open(SampleFlows.archive2020())) {
            assertThat(reader.size()).isEqualTo(37);
            assertThat(reader.namespace()).isEqualTo(DatatourismeNamespace.V2020);
            archive2020 = accepted(SampleFlows.readAll(reader));
        }
        Path zip = SampleFlows.zip(tmp.resolve("flow-2023.zip"), SampleFlows.flow2023Entries());
        try (FlowReader reader = FlowReader.open(zip)) {
            assertThat(reader.size()).isEqualTo(10);
            assertThat(reader.namespace()).isEqualTo(DatatourismeNamespace.V2023);
            objects2023 = accepted(SampleFlows.readAll(reader));
        }
    }

    private static Map<String, DatatourismeRecord> accepted(List<FlowItem> items) {
        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(FlowItem.Accepted.class));
        return items.stream()
                .map(item -> ((FlowItem.Accepted) item).record())
                .collect(Collectors.toMap(r -> r.id().toString(), Function.identity()));
    }

    @Test
    void readsEveryObjectOfThe2020ArchiveFolder() {
        assertThat(archive2020).hasSize(37);
        assertThat(archive2020.values()).allSatisfy(r -> {
            assertThat(r.name()).isNotBlank();
            assertThat(r.inseeCode()).hasSize(5);
            assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.VALID);
            assertThat(r.sourceIri()).startsWith("https://data.datatourisme.gouv.fr/");
            assertThat(r.contentHash()).hasSize(64);
            assertThat(r.warnings()).noneMatch(w -> w.code() == DatatourismeRecord.WarningCode.WRONG_TYPE);
        });
    }

    @Test
    void readsThe2020ArchiveZippedOnTheFlyLikeTheFolder(@TempDir Path tmp) {
        Path zip = SampleFlows.zipFolder(SampleFlows.archive2020(), tmp.resolve("flow-2020.zip"));
        try (FlowReader reader = FlowReader.open(zip)) {
            assertThat(reader.size()).isEqualTo(37);
            Map<String, DatatourismeRecord> fromZip = accepted(SampleFlows.readAll(reader));
            assertThat(fromZip).containsOnlyKeys(archive2020.keySet());
            fromZip.forEach((id, record) -> assertThat(record).isEqualTo(archive2020.get(id)));
        }
    }

    @Test
    void sequentialAndParallelReadingGiveTheSameItemsInIndexOrder() {
        List<FlowItem> sequential;
        List<FlowItem> parallel;
        try (FlowReader reader = FlowReader.open(SampleFlows.archive2020())) {
            sequential = SampleFlows.readAll(reader.parallelism(1));
        }
        try (FlowReader reader = FlowReader.open(SampleFlows.archive2020())) {
            parallel = SampleFlows.readAll(reader.parallelism(3));
        }
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel)
                .extracting(i -> i.entry().position())
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 37).boxed().toList());
    }

    @Test
    void readsThe2023ObjectsAsAFlow() {
        assertThat(objects2023).hasSize(10);
        assertThat(objects2023.values()).allSatisfy(r -> {
            assertThat(r.sourceIri()).startsWith("https://data.datatourisme.fr/");
            assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.VALID);
            assertThat(r.lastUpdateDatatourisme()).isAfter(Instant.parse("2023-01-01T00:00:00Z"));
        });
    }

    @Test
    void villandryCastle() {
        DatatourismeRecord r = archive2020.get("15/2679335a-b7fa-31fc-b41f-7ee6548aff62");
        assertThat(r.name()).isEqualTo("Château et Jardins de Villandry");
        assertThat(r.names()).containsEntry("en", "Château and Gardens of Villandry");
        assertThat(r.sourceIdentifier()).isEqualTo("PCUCEN0370000177");
        assertThat(r.id().canonicalUri())
                .isEqualTo("https://data.datatourisme.fr/15/2679335a-b7fa-31fc-b41f-7ee6548aff62");
        assertThat(r.types()).contains("Castle", "ParkAndGarden").doesNotContain("schema:Park", "Park");
        assertThat(r.address().street()).isEqualTo("3 rue Principale");
        assertThat(r.address().postalCode()).isEqualTo("37510");
        assertThat(r.address().locality()).isEqualTo("Villandry");
        assertThat(r.inseeCode()).isEqualTo("37272");
        assertThat(r.location().latitude()).isEqualByComparingTo(new BigDecimal("47.3408909"));
        assertThat(r.location().longitude()).isEqualByComparingTo(new BigDecimal("0.5124092"));
        assertThat(r.labels())
                .extracting(ReviewLabel::id)
                .containsExactly(
                        "kb:COVID19ProtocolsCommitted",
                        "kb:LabelRating_QualiteTourisme",
                        "kb:LabelRating_AccueilVelo",
                        "kb:LabelRating_OutstandingGarden");
        assertThat(r.labels().get(3).name()).isEqualTo("Jardin remarquable");
        assertThat(r.labels().get(3).kind()).isEqualTo("LabelRating");
        assertThat(r.emails()).containsExactly("info@chateauvillandry.com");
        assertThat(r.phones()).containsExactly("+33 2 47 50 02 09");
        assertThat(r.websites()).containsExactly("http://www.chateauvillandry.com/");
        assertThat(r.legalName()).isEqualTo("CHÂTEAU ET JARDINS DE VILLANDRY");
        assertThat(r.accessibility().reducedMobilityAccess()).isTrue();
        assertThat(r.languagesSpoken()).containsExactly("en", "fr");
        assertThat(r.shortDescriptions().get("fr")).startsWith("Un témoignage unique");
        assertThat(r.descriptions().get("fr")).startsWith("Au pied du dernier grand château");
        assertThat(r.lastUpdate()).isEqualTo(LocalDate.of(2020, 7, 17));
        assertThat(r.lastUpdateDatatourisme()).isEqualTo(Instant.parse("2020-09-09T14:01:26.834Z"));
        PhotoReference main = r.photos().get(0);
        assertThat(main.main()).isTrue();
        assertThat(main.url())
                .isEqualTo("https://centre.media.tourinsoft.eu/upload/CHATEAU-ET-JARDINS-DE-VILLANDRY--5-.jpg");
        assertThat(main.credit()).isEqualTo("Château de Villandry");
        assertThat(main.mimeType()).isEqualTo("image/jpeg");
        assertThat(main.publiclyReusable()).isFalse();
        assertThat(r.photos())
                .hasSizeGreaterThan(1)
                .extracting(PhotoReference::url)
                .doesNotHaveDuplicates();
        assertThat(r.classification().category()).isEqualTo(ProviderCategory.HERITAGE_SITE);
        assertThat(r.classification().subtype()).isEqualTo("castle");
    }

    @Test
    void hotelWithItsStars() {
        DatatourismeRecord r = archive2020.get("15/5317203a-a3e9-3281-bc27-dea5c913fb27");
        assertThat(r.name()).isEqualTo("Citotel Criden");
        assertThat(r.inseeCode()).isEqualTo("37261");
        assertThat(r.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(r.classification().subtype()).isEqualTo("hotel");
        assertThat(r.labels())
                .extracting(ReviewLabel::id)
                .contains("kb:ScaleRating_3etoiles", "kb:LabelRating_QualiteTourisme");
        assertThat(r.labels())
                .filteredOn(l -> l.id().equals("kb:ScaleRating_3etoiles"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.kind()).isEqualTo("ScaleRating");
                    assertThat(l.name()).isEqualTo("3 étoiles");
                });
    }

    @Test
    void wineProducer() {
        DatatourismeRecord r = archive2020.get("15/0e99c8e8-175f-3ea4-ba38-77267c63025b");
        assertThat(r.name()).isEqualTo("Domaine Nicolas Paget");
        assertThat(r.inseeCode()).isEqualTo("37200");
        assertThat(r.location().latitude()).isEqualByComparingTo("47.268726");
        assertThat(r.location().longitude()).isEqualByComparingTo("0.3825169");
        assertThat(r.classification().category()).isEqualTo(ProviderCategory.PRODUCER);
        assertThat(r.classification().subtype()).isEqualTo("winery");
        assertThat(r.hasLabel("kb:LabelRating_VignoblesDecouvertes")).isTrue();
        assertThat(r.hasLabel("kb:LabelRating_AccueilVelo")).isTrue();
    }

    @Test
    void farmInnAndHotelRestaurant() {
        DatatourismeRecord inn = archive2020.get("15/27e3b16c-7ee8-39b6-822d-159f1ccaa5ac");
        assertThat(inn.name()).isEqualTo("Ferme Auberge de la Lionnière");
        assertThat(inn.inseeCode()).isEqualTo("41126");
        assertThat(inn.classification().category()).isEqualTo(ProviderCategory.FOOD);
        assertThat(inn.classification().subtype()).isEqualTo("farm-inn");
        assertThat(inn.labels()).extracting(ReviewLabel::name).contains("Accueil Paysan");

        DatatourismeRecord closerie = archive2020.get("15/fe45ff1f-22e0-3691-a6b8-94c7b1ec4071");
        assertThat(closerie.name()).isEqualTo("La Closerie");
        assertThat(closerie.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(closerie.classification().subtype()).isEqualTo("hotel-restaurant");
    }

    @Test
    void toursAndEventsAreNotProviders() {
        DatatourismeRecord tour = archive2020.get("15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a");
        assertThat(tour.name()).isEqualTo("Circuit des pas pressés");
        assertThat(tour.classification().decision()).isEqualTo(Decision.SKIP_TOUR);
        assertThat(tour.classification().reason()).contains("tour");
        assertThat(tour.category()).isNull();

        DatatourismeRecord concert = archive2020.get("15/d6084ffe-802b-3161-94c3-b82524996c36");
        assertThat(concert.name()).isEqualTo("Bazlab");
        assertThat(concert.classification().decision()).isEqualTo(Decision.SKIP_EVENT);

        DatatourismeRecord exhibition = objects2023.get("49/00037bcf-28e4-3322-b72f-377587204703");
        assertThat(exhibition.classification().decision()).isEqualTo(Decision.SKIP_EVENT);

        long events = archive2020.values().stream()
                .filter(r -> r.classification().decision() == Decision.SKIP_EVENT)
                .count();
        assertThat(events).isEqualTo(6);
    }

    @Test
    void gite2023WithEarsOfCorn() {
        DatatourismeRecord r = objects2023.get("23/005819a3-aaf9-31ba-9f1f-5616e78d8738");
        assertThat(r.name()).isEqualTo("MAZETTE");
        assertThat(r.sourceIdentifier()).isEqualTo("HLOAQU087V5004TY");
        assertThat(r.address().street()).isEqualTo("Le Mas Mazet");
        assertThat(r.address().postalCode()).isEqualTo("87600");
        assertThat(r.address().locality()).isEqualTo("Videix");
        assertThat(r.inseeCode()).isEqualTo("87204");
        assertThat(r.location().latitude()).isEqualByComparingTo("45.802394");
        assertThat(r.location().longitude()).isEqualByComparingTo("0.727444");
        assertThat(r.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(r.classification().subtype()).isEqualTo("gite");
        assertThat(r.labels())
                .extracting(ReviewLabel::id)
                .containsExactlyInAnyOrder("kb:ScaleRating_3epis", "kb:LabelRating_GitesDeFrance");
        assertThat(r.labels())
                .filteredOn(l -> l.id().equals("kb:ScaleRating_3epis"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.name()).isEqualTo("3 épis / Confort");
                    assertThat(l.ratingValue()).isEqualTo("3.0");
                    assertThat(l.names()).containsEntry("de", "3 Ähren/Komfort");
                });
        // the same contact is published twice in this record: kept once
        assertThat(r.emails()).containsExactly("reservation@gitesdefrance87.fr");
        assertThat(r.accessibility().reducedMobilityAccess()).isFalse();
        assertThat(r.photos()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.licence()).isEqualTo("By-NC-ND 4.0");
            assertThat(p.publiclyReusable()).isFalse();
        });
    }

    @Test
    void wineCellar2023AndTourismAndHandicap() {
        DatatourismeRecord soustres = objects2023.get("32/00638229-3cba-3311-ba75-b75077e31212");
        assertThat(soustres.name()).isEqualTo("DOMAINE DE SOUSTRES");
        assertThat(soustres.inseeCode()).isEqualTo("34161");
        assertThat(soustres.classification().subtype()).isEqualTo("winery");
        assertThat(soustres.hasLabel("kb:LabelRating_VignoblesDecouvertes")).isTrue();
        assertThat(soustres.languagesSpoken()).containsExactly("en", "es", "fr");

        DatatourismeRecord achilleMir = objects2023.get("41/000e77d6-ed98-3670-a9ea-9096e18f60b6");
        assertThat(achilleMir.name()).isEqualTo("ESPACE AUDIOVISUEL ACHILLE MIR");
        assertThat(achilleMir.inseeCode()).isEqualTo("11113");
        assertThat(achilleMir.category()).isEqualTo(ProviderCategory.HERITAGE_SITE);
        assertThat(achilleMir.accessibility().tourismAndHandicap()).containsExactly("mental");

        DatatourismeRecord argentat = objects2023.get("23/005424b9-231a-3735-b357-b13d2e2f661a");
        assertThat(argentat.languagesSpoken()).containsExactly("en", "es");
        assertThat(argentat.category()).isEqualTo(ProviderCategory.ACTIVITY);
    }

    @Test
    void restaurantAndAbbey2023() {
        DatatourismeRecord jeanne = objects2023.get("30/0049c43b-5087-3c44-87ef-349d316fc2b8");
        assertThat(jeanne.name()).isEqualTo("Chez Jeanne");
        assertThat(jeanne.inseeCode()).isEqualTo("50523");
        assertThat(jeanne.location().latitude()).isEqualByComparingTo("49.4090531");
        assertThat(jeanne.location().longitude()).isEqualByComparingTo("-1.3177702");
        assertThat(jeanne.category()).isEqualTo(ProviderCategory.FOOD);
        assertThat(jeanne.classification().subtype()).isEqualTo("restaurant");

        DatatourismeRecord abbey = objects2023.get("30/0075b425-3bee-3e37-ae93-5f5a5535d1b2");
        assertThat(abbey.name()).isEqualTo("Abbaye Sainte-Trinité de La Lucerne");
        assertThat(abbey.inseeCode()).isEqualTo("50281");
        assertThat(abbey.classification().subtype()).isEqualTo("abbey");
        assertThat(abbey.photos()).anySatisfy(p -> {
            assertThat(p.licence()).isEqualTo("CC BY 2.5");
            assertThat(p.publiclyReusable()).isTrue();
        });
    }
}
