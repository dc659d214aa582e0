package fr.ambassade.territory.domain;

import fr.ambassade.shared.InseeCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and checks the shape of a territory GeoJSON file: a FeatureCollection of at least one Feature, each
 * with {@code properties.code} (5-character INSEE code), {@code properties.name} and a Polygon or
 * MultiPolygon geometry. Whether the codes exist in the national list is checked by the service.
 */
public class TerritoryFileParser {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JsonMapper json;

    public TerritoryFileParser(JsonMapper json) {
        this.json = json;
    }

    public List<TerritoryFeature> parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new TerritoryFileException("territory.file.error.notJson", e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new TerritoryFileException("territory.file.error.empty");
        }
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new TerritoryFileException("territory.file.error.notFeatureCollection");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new TerritoryFileException("territory.file.error.noFeatures");
        }
        if (features.isEmpty()) {
            throw new TerritoryFileException("territory.file.error.noFeatures");
        }
        List<TerritoryFeature> result = new ArrayList<>(features.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            TerritoryFeature feature = feature(i + 1, features.get(i));
            Integer first = seen.putIfAbsent(feature.code(), feature.position());
            if (first != null) {
                throw new TerritoryFileException(
                        "territory.file.error.duplicateCode", feature.position(), feature.code(), first);
            }
            result.add(feature);
        }
        return result;
    }

    private TerritoryFeature feature(int n, JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw new TerritoryFileException("territory.file.error.notFeature", n);
        }
        JsonNode properties = feature.path("properties");
        JsonNode codeNode = properties.path("code");
        if (!codeNode.isString() && !codeNode.isIntegralNumber()) {
            throw new TerritoryFileException("territory.file.error.missingCode", n);
        }
        String code = codeNode.asString().trim();
        if (!InseeCode.isValid(code)) {
            throw new TerritoryFileException("territory.file.error.badCode", n, code);
        }
        code = InseeCode.of(code).value();
        JsonNode nameNode = properties.path("name");
        if (!nameNode.isString() || nameNode.asString().isBlank()) {
            throw new TerritoryFileException("territory.file.error.missingName", n, code);
        }
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            throw new TerritoryFileException("territory.file.error.missingGeometry", n, code);
        }
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Polygon" -> checkPolygon(n, code, coordinates);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    throw new TerritoryFileException("territory.file.error.badCoordinates", n, code);
                }
                for (int p = 0; p < coordinates.size(); p++) {
                    checkPolygon(n, code, coordinates.get(p));
                }
            }
            default -> throw new TerritoryFileException("territory.file.error.badGeometryType", n, code, type);
        }
        ObjectNode cleanGeometry = json.createObjectNode();
        cleanGeometry.put("type", type);
        cleanGeometry.set("coordinates", coordinates);
        double[] centroid = centroid(n, code, properties.path("centroid"), type, coordinates);
        return new TerritoryFeature(
                n, code, nameNode.asString().trim(), json.writeValueAsString(cleanGeometry), centroid[1], centroid[0]);
    }

    private static void checkPolygon(int n, String code, JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new TerritoryFileException("territory.file.error.badCoordinates", n, code);
        }
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            if (!ring.isArray() || ring.size() < 4) {
                throw new TerritoryFileException("territory.file.error.badCoordinates", n, code);
            }
            for (int p = 0; p < ring.size(); p++) {
                if (!isPosition(ring.get(p))) {
                    throw new TerritoryFileException("territory.file.error.badCoordinates", n, code);
                }
            }
        }
    }

    private static boolean isPosition(JsonNode position) {
        if (!position.isArray()
                || position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            return false;
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        return Double.isFinite(lon) && Double.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    }

    /** [lon, lat]: the file's {@code properties.centroid} when present, else computed from the outer rings. */
    private static double[] centroid(int n, String code, JsonNode given, String type, JsonNode coordinates) {
        if (!given.isMissingNode() && !given.isNull()) {
            if (!isPosition(given)) {
                throw new TerritoryFileException("territory.file.error.badCentroid", n, code);
            }
            return new double[] {given.get(0).doubleValue(), given.get(1).doubleValue()};
        }
        List<JsonNode> outerRings = new ArrayList<>();
        if ("Polygon".equals(type)) {
            outerRings.add(coordinates.get(0));
        } else {
            for (int p = 0; p < coordinates.size(); p++) {
                outerRings.add(coordinates.get(p).get(0));
            }
        }
        return Centroids.ofOuterRings(
                outerRings.stream().map(TerritoryFileParser::toPoints).toList());
    }

    private static List<double[]> toPoints(JsonNode ring) {
        List<double[]> points = new ArrayList<>(ring.size());
        for (int p = 0; p < ring.size(); p++) {
            points.add(new double[] {
                ring.get(p).get(0).doubleValue(), ring.get(p).get(1).doubleValue()
            });
        }
        return points;
    }
}
