package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.CoordinateStatus;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.WarningCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tolerance of the mapping to odd values, on small hand-written objects shaped like the real ones. */
class DatatourismeRecordMapperTest {

    private static final String ID = "https://data.datatourisme.fr/14/0b9e6d8f-1c2a-3b4c-8d9e-0f1a2b3c4d5e";

    private final DatatourismeRecordMapper mapper = new DatatourismeRecordMapper();

    /** A minimal object; {@code extra} is inserted as further top-level properties. */
    private static String object(String geo, String extra) {
        return """
                {
                  "@id": "%s",
                  "dc:identifier": "HOTNOR062V5ABCDE",
                  "@type": ["schema:LodgingBusiness", "Accommodation", "Hotel", "HotelTrade", "PlaceOfInterest"],
                  "rdfs:label": {"fr": ["Hôtel du Beffroi"], "en": ["Belfry Hotel"]},
                  "isLocatedAt": [{
                    "@id": "https://data.datatourisme.fr/a1",
                    "schema:address": [{
                      "schema:addressLocality": "Béthune",
                      "schema:postalCode": "62400",
                      "schema:streetAddress": ["2 Grand'Place", "BP 12"],
                      "hasAddressCity": [{"@id": "kb:62119", "insee": "62119", "rdfs:label": {"fr": ["Béthune"]}}]
                    }],
                    "schema:geo": %s
                  }]%s
                }
                """.formatted(ID, geo, extra.isEmpty() ? "" : ",\n" + extra);
    }

    private static String geo(String lat, String lon) {
        return "{\"schema:latitude\": " + lat + ", \"schema:longitude\": " + lon + "}";
    }

    private DatatourismeRecord map(String json) throws RecordRejectedException {
        return mapper.map(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void minimalObject() throws Exception {
        DatatourismeRecord r = map(object(geo("\"50.5303\"", "\"2.6408\""), ""));
        assertThat(r.id()).hasToString("14/0b9e6d8f-1c2a-3b4c-8d9e-0f1a2b3c4d5e");
        assertThat(r.name()).isEqualTo("Hôtel du Beffroi");
        assertThat(r.types()).containsExactly("Accommodation", "Hotel", "HotelTrade", "PlaceOfInterest");
        assertThat(r.address().street()).isEqualTo("2 Grand'Place, BP 12");
        assertThat(r.address().cityName()).isEqualTo("Béthune");
        assertThat(r.inseeCode()).isEqualTo("62119");
        assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.VALID);
        assertThat(r.location().lat()).isEqualTo(50.5303);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void numbersAsNumbersAndSingleValuesWithoutArrays() throws Exception {
        DatatourismeRecord r = map(object(geo("50.5303", "2.6408"), """
                "hasContact": {"schema:email": "contact@beffroi.example", "schema:telephone": "+33 3 21 00 00 00",
                               "foaf:homepage": "https://beffroi.example/"},
                "reducedMobilityAccess": "true",
                "availableLanguage": "Anglais"
                """));
        assertThat(r.location().latitude()).isEqualByComparingTo("50.5303");
        assertThat(r.emails()).containsExactly("contact@beffroi.example");
        assertThat(r.phones()).containsExactly("+33 3 21 00 00 00");
        assertThat(r.websites()).containsExactly("https://beffroi.example/");
        assertThat(r.accessibility().reducedMobilityAccess()).isTrue();
        assertThat(r.languagesSpoken()).containsExactly("en");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void latitudeAsAnObjectIsAWarningNotACrash() throws Exception {
        DatatourismeRecord r = map(object(geo("{\"value\": 50.5}", "\"2.6408\""), ""));
        assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.INVALID);
        assertThat(r.location()).isNull();
        assertThat(r.hasWarning(WarningCode.WRONG_TYPE)).isTrue();
        assertThat(r.hasWarning(WarningCode.INVALID_COORDINATES)).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.field()).isEqualTo("schema:latitude"));
    }

    @Test
    void otherWrongTypesAreIgnoredWithWarnings() throws Exception {
        DatatourismeRecord r = map(object(geo("\"50.5303\"", "\"2.6408\""), """
                "hasContact": "not an object",
                "hasReview": [42, {"hasReviewValue": {"@id": "kb:LabelRating_AccueilVelo"}}],
                "hasDescription": [{"shortDescription": {"fr": [{"nested": true}, "Au pied du beffroi."]}}],
                "lastUpdate": {"date": "2023-01-01"},
                "reducedMobilityAccess": ["maybe"]
                """));
        assertThat(r.name()).isEqualTo("Hôtel du Beffroi");
        assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.VALID);
        assertThat(r.emails()).isEmpty();
        assertThat(r.labels()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo("kb:LabelRating_AccueilVelo");
            // named from the reference file: the object gives no rdfs:label
            assertThat(l.name()).isEqualTo("Accueil Vélo");
        });
        assertThat(r.shortDescriptions()).containsEntry("fr", "Au pied du beffroi.");
        assertThat(r.lastUpdate()).isNull();
        assertThat(r.accessibility().reducedMobilityAccess()).isNull();
        assertThat(r.warnings())
                .extracting(DatatourismeRecord.RecordWarning::field)
                .contains("hasContact", "hasReview", "lastUpdate", "reducedMobilityAccess");
    }

    @Test
    void outOfRangeCoordinates() throws Exception {
        for (String geo : new String[] {
            geo("\"123.4\"", "\"2.6\""),
            geo("\"50.5\"", "\"-190\""),
            geo("\"0\"", "\"0\""),
            geo("\"N 50°\"", "\"2.6\""),
            geo("\"NaN\"", "\"2.6\""),
            geo("\"1e999999\"", "\"2.6\"")
        }) {
            DatatourismeRecord r = map(object(geo, ""));
            assertThat(r.coordinateStatus()).as(geo).isEqualTo(CoordinateStatus.INVALID);
            assertThat(r.location()).isNull();
            assertThat(r.hasWarning(WarningCode.INVALID_COORDINATES)).isTrue();
        }
        DatatourismeRecord comma = map(object(geo("\"50,5303\"", "\"-2,64\""), ""));
        assertThat(comma.location().lon()).isEqualTo(-2.64);
    }

    @Test
    void coordinatesWithFloatingPointArtefactsAreKeptRoundedToSevenDecimals() throws Exception {
        // pairs of a real 2023 regional flow of cultural sites (issue 8); 72 % of its records look like these
        DatatourismeRecord first = map(object(geo("\"48.8613629\"", "\"2.400301000000013\""), ""));
        assertThat(first.coordinateStatus()).isEqualTo(CoordinateStatus.VALID);
        assertThat(first.location().latitude()).isEqualTo(new java.math.BigDecimal("48.8613629"));
        assertThat(first.location().longitude()).isEqualTo(new java.math.BigDecimal("2.4003010"));
        assertThat(first.warnings()).isEmpty();

        DatatourismeRecord second = map(object(geo("\"48.888059\"", "\"2.3434710000000223\""), ""));
        assertThat(second.location().longitude()).isEqualTo(new java.math.BigDecimal("2.3434710"));

        // half-up: 48.87492245 → 48.8749225 (a double would give 48.8749224), 2.4004341949601886 → 2.4004342
        DatatourismeRecord third = map(object(geo("48.87492245", "\"2.4004341949601886\""), ""));
        assertThat(third.location().latitude()).isEqualTo(new java.math.BigDecimal("48.8749225"));
        assertThat(third.location().longitude()).isEqualTo(new java.math.BigDecimal("2.4004342"));

        DatatourismeRecord negative = map(object(geo("\"-21.11500000000000005\"", "\"55,53640000000000001\""), ""));
        assertThat(negative.location().latitude()).isEqualTo(new java.math.BigDecimal("-21.1150000"));
        assertThat(negative.location().lon()).isEqualTo(55.5364);
    }

    @Test
    void hostileCoordinatesAreRefusedWithTheReason() throws Exception {
        String[][] cases = {
            {geo("\"1e5\"", "\"2.4\""), "latitude in exponent notation"},
            {geo("\"48.86\"", "\"2.4E-3\""), "longitude in exponent notation"},
            {geo("\"48.8613629000000000000000000000001\"", "\"2.4\""), "latitude longer than 30 characters"},
            {geo("\"NaN\"", "\"2.4\""), "latitude not a decimal number"},
            {geo("\"48.86\"", "\"-Infinity\""), "longitude not a decimal number"},
            {geo("\"0x30\"", "\"2.4\""), "latitude not a decimal number"},
            {geo("\"90.0000001\"", "\"2.4\""), "latitude out of range"},
            {geo("\"48.86\"", "\"180.1\""), "longitude out of range"},
            {geo("\"48.86\"", "null"), "longitude missing"},
            {geo("\"0.0\"", "\"0\""), "0,0 is no place"}
        };
        for (String[] c : cases) {
            DatatourismeRecord r = map(object(c[0], ""));
            assertThat(r.coordinateStatus()).as(c[0]).isEqualTo(CoordinateStatus.INVALID);
            assertThat(r.location()).as(c[0]).isNull();
            assertThat(r.warnings()).as(c[0]).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo(WarningCode.INVALID_COORDINATES);
                assertThat(w.detail()).endsWith("(" + c[1] + ")");
            });
        }
    }

    @Test
    void theMappingVersionIsPartOfTheContentHash() throws Exception {
        byte[] json = object(geo("\"48.8613629\"", "\"2.400301000000013\""), "").getBytes(StandardCharsets.UTF_8);
        DatatourismeRecordMapper older =
                new DatatourismeRecordMapper(ReviewValueNames.bundled(), DatatourismeRecordMapper.MAPPING_VERSION - 1);
        // a record whose object did not change is still re-applied once the mapping changed
        assertThat(mapper.map(json).contentHash())
                .isEqualTo(mapper.map(json).contentHash())
                .isNotEqualTo(older.map(json).contentHash());
    }

    @Test
    void missingCoordinates() throws Exception {
        DatatourismeRecord r = map(object("null", ""));
        assertThat(r.coordinateStatus()).isEqualTo(CoordinateStatus.MISSING);
        assertThat(r.hasWarning(WarningCode.MISSING_COORDINATES)).isTrue();
    }

    @Test
    void hugeDescriptionIsTruncated() throws Exception {
        String huge = "Très long. ".repeat(5_000);
        DatatourismeRecord r = map(object(
                geo("\"50.5\"", "\"2.6\""),
                "\"hasDescription\": [{\"dc:description\": {\"fr\": [\"" + huge + "\"]}}]"));
        assertThat(r.descriptions().get("fr")).hasSize(DatatourismeRecord.MAX_DESCRIPTION_LENGTH);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.TEXT_TRUNCATED);
            assertThat(w.field()).isEqualTo("hasDescription.dc:description@fr");
        });
    }

    @Test
    void websitesAndEmailsAreChecked() throws Exception {
        DatatourismeRecord r = map(object(geo("\"50.5\"", "\"2.6\""), """
                "hasContact": [{
                  "foaf:homepage": ["javascript:alert(1)", "ftp://files.example/", "www.beffroi.example",
                                    "https://ok.example/page?x=1"],
                  "schema:email": ["pas une adresse", "mailto:Reservation@Beffroi.example", "a@b"]
                }]
                """));
        assertThat(r.websites()).containsExactly("http://www.beffroi.example", "https://ok.example/page?x=1");
        assertThat(r.emails()).containsExactly("reservation@beffroi.example");
        assertThat(r.warnings())
                .extracting(DatatourismeRecord.RecordWarning::code)
                .contains(WarningCode.INVALID_WEBSITE, WarningCode.WEBSITE_COMPLETED, WarningCode.INVALID_EMAIL);
    }

    @Test
    void invalidInseeCodeIsDropped() throws Exception {
        DatatourismeRecord r = map(object(geo("\"50.5\"", "\"2.6\""), "").replace("\"62119\"", "\"621\""));
        assertThat(r.inseeCode()).isNull();
        assertThat(r.hasWarning(WarningCode.INVALID_INSEE_CODE)).isTrue();
        assertThat(DatatourismeRecordMapper.isInseeCode("2A004")).isTrue();
        assertThat(DatatourismeRecordMapper.isInseeCode("75104")).isTrue();
    }

    @Test
    void missingOrForeignIdRejects() {
        assertThatThrownBy(() -> map("{\"rdfs:label\": {\"fr\": [\"x\"]}}"))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_ID));
        assertThatThrownBy(() -> map("{\"@id\": \"https://example.org/poi/1\"}"))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ID));
        assertThatThrownBy(() -> map("[1, 2]"))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.NOT_AN_OBJECT));
        assertThatThrownBy(() -> map("{\"@id\": \"" + ID + "\", "))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED_JSON));
        assertThatThrownBy(() -> map("{\"@id\": \"" + ID + "\"} {}"))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED_JSON));
    }

    @Test
    void malformedJsonInASkippedPropertyStillRejects() {
        String json = object(geo("\"50.5\"", "\"2.6\""), "\"offers\": [{\"price\": [1, 2}]");
        assertThatThrownBy(() -> map(json))
                .isInstanceOfSatisfying(
                        RecordRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED_JSON));
    }

    @Test
    void contentHashIgnoresTheDatatourismeUpdateDateButNotTheContent() throws Exception {
        String base = object(geo("\"50.5\"", "\"2.6\""), "\"lastUpdateDatatourisme\": \"2023-11-09T01:22:56.558Z\"");
        DatatourismeRecord a = map(base);
        DatatourismeRecord b = map(base.replace("2023-11-09T01:22:56.558Z", "2023-12-01T00:00:00Z"));
        DatatourismeRecord c = map(base.replace("Hôtel du Beffroi", "Hôtel du Beffroi et Spa"));
        DatatourismeRecord d = map(base.replace("\"2.6\"", "\"2.7\""));
        assertThat(a.lastUpdateDatatourisme()).isNotEqualTo(b.lastUpdateDatatourisme());
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
        assertThat(a.contentHash()).isNotEqualTo(c.contentHash()).isNotEqualTo(d.contentHash());
    }

    @Test
    void nameFallsBackToAnotherLanguage() throws Exception {
        DatatourismeRecord r = map(object(geo("\"50.5\"", "\"2.6\""), "")
                .replace(
                        "{\"fr\": [\"Hôtel du Beffroi\"], \"en\": [\"Belfry Hotel\"]}",
                        "{\"en\": [\"Belfry Hotel\"]}"));
        assertThat(r.name()).isEqualTo("Belfry Hotel");
        DatatourismeRecord none = map(object(geo("\"50.5\"", "\"2.6\""), "")
                .replace("{\"fr\": [\"Hôtel du Beffroi\"], \"en\": [\"Belfry Hotel\"]}", "{}"));
        assertThat(none.name()).isNull();
        assertThat(none.hasWarning(WarningCode.MISSING_NAME)).isTrue();
    }

    @Test
    void labelNamesFromTheReferenceFile() {
        ReviewValueNames names = ReviewValueNames.bundled();
        assertThat(names.size()).isGreaterThan(100);
        assertThat(names.frenchName("kb:LabelRating_GitesDeFrance")).isEqualTo("Gîtes de France");
        assertThat(names.frenchName("kb:Unknown")).isNull();
    }
}
