package fr.ambassade.providers.domain;

import fr.ambassade.providers.ProviderCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fields an import writes, as texts: what the provider's {@code imported_values} (jsonb) stores, so that a field whose value
 * differs from the last imported one is recognised as corrected by staff. Descriptions are one field per language
 * ({@code description.fr}); labels one field (their sorted codes). Absent (null, empty) values are left out.
 */
final class ImportedFields {

    static final String DESCRIPTION = "description.";
    static final String LABELS = "labels";
    static final String COORDINATES = "coordinates";
    static final String COMMUNE_CODE = "communeCode";

    /** Longer values are remembered by their SHA-256 only: enough to tell a staff correction, and far lighter. */
    static final int MAX_STORED = 300;

    private ImportedFields() {}

    /** The form in which a value is remembered as last imported: itself, or {@code sha256:<hex>} when long. */
    static String stored(String value) {
        if (value == null || value.length() <= MAX_STORED) {
            return value;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> of(ProviderDetails d, Collection<ProviderLabel> labels) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "name", d.name());
        put(f, "category", d.category() == null ? null : d.category().name());
        put(f, "subtype", d.subtype());
        put(f, COMMUNE_CODE, d.communeCode());
        put(f, "communeName", d.communeName());
        put(f, "street", d.street());
        put(f, "postalCode", d.postalCode());
        put(f, "locality", d.locality());
        put(f, COORDINATES, d.latitude() == null || d.longitude() == null ? null : d.latitude() + "," + d.longitude());
        put(f, "phone", d.phone());
        put(f, "email", d.email());
        put(f, "website", d.website());
        put(f, "languages", join(d.languages()));
        put(f, "accessibilityFlags", join(d.accessibilityFlags()));
        if (d.descriptions() != null) {
            d.descriptions().forEach((lang, text) -> put(f, DESCRIPTION + lang, text));
        }
        TreeSet<String> codes = new TreeSet<>();
        labels.forEach(l -> codes.add(l.getCode()));
        put(f, LABELS, codes.isEmpty() ? null : String.join("|", codes));
        return f;
    }

    static boolean isKnown(String field) {
        return field.startsWith(DESCRIPTION)
                || switch (field) {
                    case "name",
                            "category",
                            "subtype",
                            COMMUNE_CODE,
                            "communeName",
                            "street",
                            "postalCode",
                            "locality",
                            COORDINATES,
                            "phone",
                            "email",
                            "website",
                            "languages",
                            "accessibilityFlags",
                            LABELS -> true;
                    default -> false;
                };
    }

    /**
     * Builds details from field texts; what imports never write (staff notes, accessibility notes) comes from
     * {@code base}.
     */
    static ProviderDetails toDetails(Map<String, String> f, ProviderDetails base, boolean outsideTerritory) {
        Double lat = null;
        Double lon = null;
        String coordinates = f.get(COORDINATES);
        if (coordinates != null) {
            int comma = coordinates.indexOf(',');
            lat = Double.valueOf(coordinates.substring(0, comma));
            lon = Double.valueOf(coordinates.substring(comma + 1));
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        f.forEach((k, v) -> {
            if (k.startsWith(DESCRIPTION)) {
                descriptions.put(k.substring(DESCRIPTION.length()), v);
            }
        });
        return new ProviderDetails(
                f.get("name"),
                ProviderCategory.valueOf(f.get("category")),
                f.get("subtype"),
                f.get(COMMUNE_CODE),
                f.get("communeName"),
                f.get("street"),
                f.get("postalCode"),
                f.get("locality"),
                lat,
                lon,
                f.get("phone"),
                f.get("email"),
                f.get("website"),
                split(f.get("languages")),
                split(f.get("accessibilityFlags")),
                base.accessibilityNotes(),
                descriptions,
                base.staffNotes(),
                outsideTerritory);
    }

    private static void put(Map<String, String> f, String field, String value) {
        if (value != null && !value.isBlank()) {
            f.put(field, value.strip());
        }
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : new ArrayList<>(Arrays.asList(value.split(",")));
    }
}
