package fr.ambassade.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.ambassade.territory.domain.TerritoryFeature;
import fr.ambassade.territory.domain.TerritoryFileException;
import fr.ambassade.territory.domain.TerritoryFileParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TerritoryFileParserTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[2,50],[3,50],[3,51],[2,51],[2,50]]]}";

    final TerritoryFileParser parser =
            new TerritoryFileParser(JsonMapper.builder().build());

    @Test
    void readsFeaturesAndComputesTheCentroidWhenAbsent() throws IOException {
        List<TerritoryFeature> features = parse(collection(feature("62119", "Béthune", SQUARE, null)));

        assertThat(features).hasSize(1);
        TerritoryFeature f = features.get(0);
        assertThat(f.code()).isEqualTo("62119");
        assertThat(f.lon()).isCloseTo(2.5, within(1e-9));
        assertThat(f.lat()).isCloseTo(50.5, within(1e-9));
        assertThat(f.geometryJson()).contains("\"Polygon\"");
    }

    @Test
    void takesTheGivenCentroid() throws IOException {
        TerritoryFeature f = parse(collection(feature("62119", "Béthune", SQUARE, "[2.1,50.2]")))
                .get(0);

        assertThat(f.lon()).isEqualTo(2.1);
        assertThat(f.lat()).isEqualTo(50.2);
    }

    @Test
    void refusesMalformedFilesNamingTheReason() {
        assertRefused("not json", "territory.file.error.notJson");
        assertRefused("{\"type\":\"Feature\"}", "territory.file.error.notFeatureCollection");
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[]}", "territory.file.error.noFeatures");
        assertRefused(
                collection(feature("62119", "A", SQUARE, null), feature(null, "B", SQUARE, null)),
                "territory.file.error.missingCode",
                2);
        assertRefused(collection(feature("6211", "A", SQUARE, null)), "territory.file.error.badCode", 1, "6211");
        assertRefused(collection(feature("62119", null, SQUARE, null)), "territory.file.error.missingName", 1, "62119");
        assertRefused(
                collection(feature("62119", "A", "{\"type\":\"Point\",\"coordinates\":[2,50]}", null)),
                "territory.file.error.badGeometryType",
                1,
                "62119",
                "Point");
        assertRefused(
                collection(feature("62119", "A", "{\"type\":\"Polygon\",\"coordinates\":[[[2,50],[3,50]]]}", null)),
                "territory.file.error.badCoordinates",
                1,
                "62119");
        assertRefused(
                collection(feature("62119", "A", SQUARE, null), feature("62119", "A", SQUARE, null)),
                "territory.file.error.duplicateCode",
                2,
                "62119",
                1);
    }

    private void assertRefused(String json, String key, Object... arguments) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(TerritoryFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    private List<TerritoryFeature> parse(String json) throws IOException {
        return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String code, String name, String geometry, String centroid) {
        StringBuilder props = new StringBuilder();
        if (code != null) {
            props.append("\"code\":\"").append(code).append('"');
        }
        if (name != null) {
            props.append(props.isEmpty() ? "" : ",")
                    .append("\"name\":\"")
                    .append(name)
                    .append('"');
        }
        if (centroid != null) {
            props.append(props.isEmpty() ? "" : ",").append("\"centroid\":").append(centroid);
        }
        return "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":" + geometry + "}";
    }
}
