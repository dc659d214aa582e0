package fr.ambassade.providers.importing.datatourisme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names of DATAtourisme labels and classifications ({@code kb:LabelRating_…}, {@code kb:ScaleRating_…}) from
 * {@code data/datatourisme/datatourisme-review-values.json}, used when an object does not name them itself.
 */
public final class ReviewValueNames {

    static final String RESOURCE = "/data/datatourisme/datatourisme-review-values.json";

    private static final String[] SECTIONS = {"labelRatings", "scaleRatings", "labelReviewSystems", "scaleReviewSystems"
    };

    /**
     * A value staff can give a provider by hand: a label ({@code kb:LabelRating_…}) or a classification
     * ({@code kb:ScaleRating_…}), with its names per language.
     */
    public record Entry(String id, boolean classification, Map<String, String> names) {

        /** The name in the language, else French, else English, else the id. */
        public String name(Locale locale) {
            String n = locale == null ? null : names.get(locale.getLanguage());
            if (n == null) {
                n = names.getOrDefault("fr", names.get("en"));
            }
            return n != null ? n : id;
        }
    }

    private final Map<String, Map<String, String>> namesById;
    private final List<Entry> catalogue;

    private ReviewValueNames(Map<String, Map<String, String>> namesById, List<Entry> catalogue) {
        this.namesById = namesById;
        this.catalogue = catalogue;
    }

    private static final class Holder {
        static final ReviewValueNames INSTANCE = load();
    }

    /** The names shipped with the application (loaded once). */
    public static ReviewValueNames bundled() {
        return Holder.INSTANCE;
    }

    /** No names at all (tests). */
    public static ReviewValueNames empty() {
        return new ReviewValueNames(Map.of(), List.of());
    }

    private static ReviewValueNames load() {
        try (InputStream in = ReviewValueNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            JsonNode root = JsonMapper.shared().readTree(in);
            Map<String, Map<String, String>> map = new HashMap<>();
            List<Entry> catalogue = new ArrayList<>();
            for (String section : SECTIONS) {
                for (JsonNode value : root.path(section)) {
                    String id = value.path("id").asString(null);
                    if (id == null) {
                        continue;
                    }
                    Map<String, String> names = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> e : value.path("label").properties()) {
                        if (e.getValue().isString()) {
                            names.put(e.getKey(), e.getValue().stringValue());
                        }
                    }
                    map.put(id, Collections.unmodifiableMap(names));
                    if (section.equals("labelRatings") || section.equals("scaleRatings")) {
                        catalogue.add(new Entry(id, section.equals("scaleRatings"), map.get(id)));
                    }
                }
            }
            return new ReviewValueNames(Map.copyOf(map), List.copyOf(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names per language of a value, by its compact id ({@code kb:LabelRating_AccueilVelo}); empty if unknown. */
    public Map<String, String> names(String id) {
        return namesById.getOrDefault(id, Map.of());
    }

    /** The French name, else English, else {@code null}. */
    public String frenchName(String id) {
        Map<String, String> names = names(id);
        String fr = names.get("fr");
        return fr != null ? fr : names.get("en");
    }

    /** The labels and classifications of the DATAtourisme vocabulary, in the file's order. */
    public List<Entry> catalogue() {
        return catalogue;
    }

    public int size() {
        return namesById.size();
    }
}
