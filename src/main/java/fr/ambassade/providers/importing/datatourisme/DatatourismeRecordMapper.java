package fr.ambassade.providers.importing.datatourisme;

import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.Accessibility;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.CoordinateStatus;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.PhotoReference;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.PostalAddress;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.RecordWarning;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.ReviewLabel;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.WarningCode;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.GeoPoint;
import fr.ambassade.shared.InseeCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps one DATAtourisme object file (compacted JSON-LD, keys such as {@code rdfs:label}, no inline context) to a
 * {@link DatatourismeRecord}. Tolerant: single values may or may not be wrapped in arrays, numbers may be strings,
 * and a value of an unexpected type is ignored with a warning. Only a missing or foreign {@code @id} or invalid
 * JSON rejects the object. Thread-safe.
 *
 * <p>Objects weigh up to several hundred kilobytes, mostly thesaurus entries embedded in full (payment methods,
 * amenities, opening hours…). The top level is read with the streaming parser and only the properties used here
 * are turned into trees; the rest is skipped token by token.
 */
public final class DatatourismeRecordMapper {

    /**
     * Version of the mapping, folded into every {@link DatatourismeRecord#contentHash()}. Raise it whenever the same
     * object file maps to different values (a value newly read, or read differently): the next import then sees
     * every record as changed and applies the new mapping, instead of skipping records as "unchanged".
     * 2: coordinates with 15–17 decimals are kept, rounded to {@value #COORDINATE_DECIMALS} decimals.
     * 3: e-mail addresses and INSEE codes by the shared rules ({@link Email}, lower-case; {@link InseeCode}).
     */
    static final int MAPPING_VERSION = 3;

    /** Decimals kept of a latitude or longitude (the shared rule, {@link GeoPoint}). */
    public static final int COORDINATE_DECIMALS = GeoPoint.DECIMALS;

    private static final Set<String> WANTED = Set.of(
            "@id",
            "@type",
            "dc:identifier",
            "rdfs:label",
            "rdfs:comment",
            "dc:description",
            "shortDescription",
            "hasDescription",
            "isLocatedAt",
            "hasContact",
            "hasReview",
            "hasMainRepresentation",
            "hasRepresentation",
            "reducedMobilityAccess",
            "availableLanguage",
            "lastUpdate",
            "lastUpdateDatatourisme");

    /**
     * For these properties only some keys of their objects are used: the others (opening hours inside a place,
     * the administrative chain of a contact's address…) are skipped instead of being turned into trees.
     */
    private static final Map<String, Set<String>> PROJECTIONS = Map.of(
            "isLocatedAt", Set.of("@id", "schema:address", "schema:geo"),
            "hasContact",
                    Set.of(
                            "@id",
                            "schema:telephone",
                            "schema:email",
                            "foaf:homepage",
                            "schema:url",
                            "schema:legalName"),
            "hasMainRepresentation", Set.of("@id", "ebucore:hasRelatedResource", "ebucore:hasAnnotation"),
            "hasRepresentation", Set.of("@id", "ebucore:hasRelatedResource", "ebucore:hasAnnotation"));

    private static final String[] ONTOLOGY_PREFIXES = {
        DatatourismeNamespace.V2023.ontology(),
        DatatourismeNamespace.V2020.ontology(),
        "http://www.datatourisme.fr/ontology/core#",
        "http://www.datatourisme.gouv.fr/ontology/core#"
    };

    private static final String[] RESOURCE_PREFIXES = {
        DatatourismeNamespace.V2023.resource(),
        DatatourismeNamespace.V2020.resource(),
        "http://www.datatourisme.fr/resource/core#",
        "http://www.datatourisme.gouv.fr/resource/core#"
    };

    private static final String TOURISM_AND_HANDICAP = "kb:LabelRating_TourismeHandicapPictogramme";

    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("francais", "fr"),
            Map.entry("français", "fr"),
            Map.entry("anglais", "en"),
            Map.entry("english", "en"),
            Map.entry("allemand", "de"),
            Map.entry("espagnol", "es"),
            Map.entry("italien", "it"),
            Map.entry("neerlandais", "nl"),
            Map.entry("néerlandais", "nl"),
            Map.entry("portugais", "pt"),
            Map.entry("russe", "ru"),
            Map.entry("chinois", "zh"),
            Map.entry("japonais", "ja"),
            Map.entry("arabe", "ar"),
            Map.entry("polonais", "pl"),
            Map.entry("breton", "br"),
            Map.entry("occitan", "oc"),
            Map.entry("catalan", "ca"),
            Map.entry("basque", "eu"),
            Map.entry("corse", "co"),
            Map.entry("alsacien", "gsw"),
            Map.entry("danois", "da"),
            Map.entry("suedois", "sv"),
            Map.entry("suédois", "sv"),
            Map.entry("norvegien", "no"),
            Map.entry("norvégien", "no"),
            Map.entry("tcheque", "cs"),
            Map.entry("tchèque", "cs"),
            Map.entry("grec", "el"),
            Map.entry("hebreu", "he"),
            Map.entry("hébreu", "he"),
            Map.entry("sp", "es"));

    private final JsonMapper json;
    private final ReviewValueNames reviewNames;
    private final int mappingVersion;

    public DatatourismeRecordMapper() {
        this(ReviewValueNames.bundled());
    }

    public DatatourismeRecordMapper(ReviewValueNames reviewNames) {
        this(reviewNames, MAPPING_VERSION);
    }

    /** With another mapping version: for the tests that show the version reaches the content hash. */
    DatatourismeRecordMapper(ReviewValueNames reviewNames, int mappingVersion) {
        // Properties are read one by one from the same parser: what follows a property is not "trailing".
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.reviewNames = reviewNames;
        this.mappingVersion = mappingVersion;
    }

    /** Maps the bytes of one object file (UTF-8 JSON). */
    public DatatourismeRecord map(byte[] bytes) throws RecordRejectedException {
        ObjectNode top = json.createObjectNode();
        try (JsonParser parser = json.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RecordRejectedException(RejectReason.MALFORMED_JSON, "empty file");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RecordRejectedException(
                        RejectReason.NOT_AN_OBJECT, "JSON " + first + " instead of an object");
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                Set<String> projection = PROJECTIONS.get(name);
                if (projection != null) {
                    top.set(name, readProjected(parser, projection));
                } else if (WANTED.contains(name)) {
                    top.set(name, json.readTree(parser));
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new RecordRejectedException(RejectReason.MALFORMED_JSON, "content after the object");
            }
        } catch (JacksonException e) {
            throw new RecordRejectedException(RejectReason.MALFORMED_JSON, shortMessage(e));
        }
        return map(top);
    }

    /** The current value, objects (alone or in an array) reduced to the {@code keep} keys. */
    private JsonNode readProjected(JsonParser parser, Set<String> keep) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode node = json.createObjectNode();
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if (keep.contains(name)) {
                    node.set(name, json.readTree(parser));
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
            return node;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = json.createArrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readProjected(parser, keep));
            }
            return array;
        }
        return json.readTree(parser);
    }

    /** Maps an already parsed object. */
    public DatatourismeRecord map(JsonNode object) throws RecordRejectedException {
        if (object == null || !object.isObject()) {
            throw new RecordRejectedException(RejectReason.NOT_AN_OBJECT, "not a JSON object");
        }
        Ctx ctx = new Ctx();
        String iri = ctx.scalar(object.get("@id"), "@id");
        if (iri == null || iri.isBlank()) {
            throw new RecordRejectedException(RejectReason.MISSING_ID, "no @id");
        }
        DatatourismeId id = DatatourismeId.parse(iri)
                .orElseThrow(() -> new RecordRejectedException(
                        RejectReason.INVALID_ID, "not a DATAtourisme object IRI: " + abbreviate(iri, 200)));

        String sourceIdentifier =
                ctx.text(object.get("dc:identifier"), "dc:identifier", DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
        List<String> types = types(ctx, object.get("@type"));

        Map<String, String> names =
                ctx.languageMap(object.get("rdfs:label"), "rdfs:label", DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
        String name = names.get("fr");
        if (name == null && !names.isEmpty()) {
            name = names.values().iterator().next();
        }
        if (name == null) {
            ctx.warn(WarningCode.MISSING_NAME, "rdfs:label", null);
        }

        Map<String, String> shortDescriptions = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<JsonNode> descriptionNodes = ctx.objects(object.get("hasDescription"), "hasDescription");
        for (int pass = 0; pass < 2; pass++) {
            // Descriptions for everybody first, those dedicated to an audience only fill gaps.
            for (JsonNode d : descriptionNodes) {
                if (d.has("isDedicatedTo") == (pass == 0)) {
                    continue;
                }
                putAllAbsent(
                        shortDescriptions,
                        ctx.languageMap(
                                d.get("shortDescription"),
                                "hasDescription.shortDescription",
                                DatatourismeRecord.MAX_SHORT_DESCRIPTION_LENGTH));
                putAllAbsent(
                        descriptions,
                        ctx.languageMap(
                                d.get("dc:description"),
                                "hasDescription.dc:description",
                                DatatourismeRecord.MAX_DESCRIPTION_LENGTH));
            }
        }
        putAllAbsent(
                shortDescriptions,
                ctx.languageMap(
                        object.get("shortDescription"),
                        "shortDescription",
                        DatatourismeRecord.MAX_SHORT_DESCRIPTION_LENGTH));
        putAllAbsent(
                shortDescriptions,
                ctx.languageMap(
                        object.get("rdfs:comment"), "rdfs:comment", DatatourismeRecord.MAX_SHORT_DESCRIPTION_LENGTH));
        putAllAbsent(
                descriptions,
                ctx.languageMap(
                        object.get("dc:description"), "dc:description", DatatourismeRecord.MAX_DESCRIPTION_LENGTH));

        JsonNode place = first(ctx.objects(object.get("isLocatedAt"), "isLocatedAt"));
        PostalAddress address = address(ctx, place);
        GeoPoint location = null;
        CoordinateStatus coordinateStatus = CoordinateStatus.MISSING;
        JsonNode geo = place == null ? null : first(ctx.objects(place.get("schema:geo"), "schema:geo"));
        if (geo != null) {
            int before = ctx.warnings.size();
            String lat = ctx.scalar(geo.get("schema:latitude"), "schema:latitude");
            String lon = ctx.scalar(geo.get("schema:longitude"), "schema:longitude");
            if (lat != null || lon != null || ctx.warnings.size() > before) {
                GeoPoint.Reading reading = GeoPoint.read(lat, lon);
                location = reading.point();
                coordinateStatus = location == null ? CoordinateStatus.INVALID : CoordinateStatus.VALID;
                if (location == null) {
                    ctx.warn(
                            WarningCode.INVALID_COORDINATES,
                            "schema:geo",
                            abbreviate(lat, 40) + ", " + abbreviate(lon, 40) + " (" + reading.refusal() + ")");
                }
            }
        }
        if (coordinateStatus == CoordinateStatus.MISSING) {
            ctx.warn(WarningCode.MISSING_COORDINATES, "schema:geo", null);
        }

        Set<String> phones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> websites = new LinkedHashSet<>();
        String legalName = null;
        for (JsonNode contact : ctx.objects(object.get("hasContact"), "hasContact")) {
            if (legalName == null) {
                legalName = ctx.text(
                        contact.get("schema:legalName"),
                        "hasContact.schema:legalName",
                        DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
            }
            for (String phone : ctx.scalars(contact.get("schema:telephone"), "schema:telephone")) {
                String p = phone.trim();
                if (!p.isEmpty() && p.length() <= 50) {
                    phones.add(p);
                }
            }
            for (String email : ctx.scalars(contact.get("schema:email"), "schema:email")) {
                String e = email(email);
                if (e != null) {
                    emails.add(e);
                } else if (!email.isBlank()) {
                    ctx.warn(WarningCode.INVALID_EMAIL, "schema:email", abbreviate(email, 100));
                }
            }
            addWebsites(ctx, contact.get("foaf:homepage"), "foaf:homepage", websites);
            addWebsites(ctx, contact.get("schema:url"), "schema:url", websites);
        }

        List<ReviewLabel> labels = labels(ctx, object.get("hasReview"));
        List<String> pictograms = new ArrayList<>();
        for (ReviewLabel label : labels) {
            if (label.id().startsWith(TOURISM_AND_HANDICAP)) {
                String p = switch (label.id().substring(TOURISM_AND_HANDICAP.length())) {
                    case "Auditif" -> "hearing";
                    case "Mental" -> "mental";
                    case "Moteur" -> "motor";
                    case "Visuel" -> "visual";
                    default -> null;
                };
                if (p != null && !pictograms.contains(p)) {
                    pictograms.add(p);
                }
            }
        }
        Accessibility accessibility =
                new Accessibility(ctx.bool(object.get("reducedMobilityAccess"), "reducedMobilityAccess"), pictograms);

        Set<String> languages = new LinkedHashSet<>();
        for (String language : ctx.scalars(object.get("availableLanguage"), "availableLanguage")) {
            String code = language(language);
            if (code != null) {
                languages.add(code);
            }
        }

        Map<String, PhotoReference> photos = new LinkedHashMap<>();
        photos(ctx, object.get("hasMainRepresentation"), "hasMainRepresentation", true, photos);
        photos(ctx, object.get("hasRepresentation"), "hasRepresentation", false, photos);

        LocalDate lastUpdate = localDate(ctx, ctx.scalar(object.get("lastUpdate"), "lastUpdate"));
        Instant lastUpdateDatatourisme =
                instant(ctx, ctx.scalar(object.get("lastUpdateDatatourisme"), "lastUpdateDatatourisme"));

        Hash hash = new Hash();
        hash.add("mapping-v" + mappingVersion)
                .add(id.toString())
                .add(sourceIdentifier)
                .addAll(types)
                .add(name)
                .add(names)
                .add(shortDescriptions)
                .add(descriptions)
                .add(legalName)
                .add(address.street())
                .add(address.postalCode())
                .add(address.locality())
                .add(address.inseeCode())
                .add(address.cityName())
                .add(
                        location == null
                                ? null
                                : location.latitude().toPlainString() + ","
                                        + location.longitude().toPlainString())
                .add(coordinateStatus.name())
                .addAll(phones)
                .addAll(emails)
                .addAll(websites);
        for (ReviewLabel label : labels) {
            hash.add(label.id()).add(label.kind()).add(label.ratingValue()).add(label.names());
        }
        hash.addAll(languages).add(String.valueOf(accessibility.reducedMobilityAccess()));
        for (PhotoReference photo : photos.values()) {
            hash.add(photo.url())
                    .add(String.valueOf(photo.main()))
                    .add(photo.title())
                    .add(photo.credit())
                    .add(photo.licence())
                    .add(photo.mimeType());
        }
        hash.add(lastUpdate == null ? null : lastUpdate.toString());

        return new DatatourismeRecord(
                id,
                iri,
                sourceIdentifier,
                types,
                name,
                names,
                shortDescriptions,
                descriptions,
                legalName,
                address,
                location,
                coordinateStatus,
                new ArrayList<>(phones),
                new ArrayList<>(emails),
                new ArrayList<>(websites),
                labels,
                new ArrayList<>(languages),
                accessibility,
                new ArrayList<>(photos.values()),
                lastUpdate,
                lastUpdateDatatourisme,
                hash.hex(),
                ctx.warnings);
    }

    private static List<String> types(Ctx ctx, JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : ctx.scalars(node, "@type")) {
            String local = null;
            if (type.indexOf(':') < 0) {
                local = type;
            } else {
                for (String prefix : ONTOLOGY_PREFIXES) {
                    if (type.startsWith(prefix)) {
                        local = type.substring(prefix.length());
                        break;
                    }
                }
            }
            if (local != null && !local.isBlank()) {
                types.add(local.trim());
            }
        }
        return new ArrayList<>(types);
    }

    private PostalAddress address(Ctx ctx, JsonNode place) {
        if (place == null) {
            return PostalAddress.EMPTY;
        }
        JsonNode address = first(ctx.objects(place.get("schema:address"), "schema:address"));
        if (address == null) {
            return PostalAddress.EMPTY;
        }
        StringBuilder street = new StringBuilder();
        for (String line : ctx.scalars(address.get("schema:streetAddress"), "schema:streetAddress")) {
            String l = line.trim();
            if (!l.isEmpty()) {
                if (!street.isEmpty()) {
                    street.append(", ");
                }
                street.append(l);
            }
        }
        String postalCode = ctx.text(address.get("schema:postalCode"), "schema:postalCode", 20);
        String locality = ctx.text(
                address.get("schema:addressLocality"),
                "schema:addressLocality",
                DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
        String insee = null;
        String cityName = null;
        JsonNode city = first(ctx.objects(address.get("hasAddressCity"), "hasAddressCity"));
        if (city != null) {
            String code = ctx.text(city.get("insee"), "hasAddressCity.insee", 20);
            if (code != null) {
                if (isInseeCode(code)) {
                    insee = code.toUpperCase(Locale.ROOT);
                } else {
                    ctx.warn(WarningCode.INVALID_INSEE_CODE, "hasAddressCity.insee", code);
                }
            }
            cityName = ctx.languageMap(
                            city.get("rdfs:label"),
                            "hasAddressCity.rdfs:label",
                            DatatourismeRecord.MAX_SHORT_TEXT_LENGTH)
                    .get("fr");
        }
        String streetText = street.isEmpty()
                ? null
                : ctx.truncate(street.toString(), "schema:streetAddress", DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
        return new PostalAddress(streetText, postalCode, locality, insee, cityName);
    }

    static boolean isInseeCode(String code) {
        return InseeCode.isValid(code);
    }

    /** The address (normalised by {@link Email}, without a {@code mailto:} prefix), or {@code null} when refused. */
    static String email(String raw) {
        String e = raw.strip();
        if (e.regionMatches(true, 0, "mailto:", 0, 7)) {
            e = e.substring(7);
        }
        return Email.isValid(e) ? Email.of(e).value() : null;
    }

    private static void addWebsites(Ctx ctx, JsonNode node, String field, Set<String> websites) {
        for (String raw : ctx.scalars(node, field)) {
            String url = raw.trim();
            if (url.isEmpty()) {
                continue;
            }
            if (url.regionMatches(true, 0, "www.", 0, 4)) {
                url = "http://" + url;
                ctx.warn(WarningCode.WEBSITE_COMPLETED, field, abbreviate(raw, 200));
            }
            if (isHttpUrl(url)) {
                websites.add(url);
            } else {
                ctx.warn(WarningCode.INVALID_WEBSITE, field, abbreviate(raw, 200));
            }
        }
    }

    static boolean isHttpUrl(String url) {
        if (url.length() > DatatourismeRecord.MAX_SHORT_TEXT_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private List<ReviewLabel> labels(Ctx ctx, JsonNode node) {
        Map<String, ReviewLabel> labels = new LinkedHashMap<>();
        for (JsonNode review : ctx.objects(node, "hasReview")) {
            for (JsonNode value : ctx.objects(review.get("hasReviewValue"), "hasReviewValue")) {
                String raw = ctx.scalar(value.get("@id"), "hasReviewValue.@id");
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String id = compactKb(raw.trim());
                if (labels.containsKey(id)) {
                    continue;
                }
                String kind = null;
                for (String type : ctx.scalars(value.get("@type"), "hasReviewValue.@type")) {
                    if (!type.startsWith("schema:")) {
                        kind = type;
                        break;
                    }
                }
                Map<String, String> names = new LinkedHashMap<>(ctx.languageMap(
                        value.get("rdfs:label"),
                        "hasReviewValue.rdfs:label",
                        DatatourismeRecord.MAX_SHORT_TEXT_LENGTH));
                Map<String, String> reference = reviewNames.names(id);
                putAllAbsent(names, reference);
                String name = names.get("fr");
                if (name == null) {
                    name = names.get("en");
                }
                if (name == null) {
                    int colon = id.indexOf(':');
                    name = id.substring(colon + 1);
                }
                String rating = ctx.text(value.get("schema:ratingValue"), "schema:ratingValue", 20);
                labels.put(id, new ReviewLabel(id, kind, name, names, rating));
            }
        }
        return new ArrayList<>(labels.values());
    }

    private static String compactKb(String id) {
        if (id.startsWith("kb:")) {
            return id;
        }
        for (String prefix : RESOURCE_PREFIXES) {
            if (id.startsWith(prefix)) {
                return "kb:" + id.substring(prefix.length());
            }
        }
        return id;
    }

    static String language(String raw) {
        String l = raw.trim().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.length() > 40) {
            return null;
        }
        String mapped = LANGUAGE_NAMES.get(l);
        if (mapped != null) {
            return mapped;
        }
        int dash = l.indexOf('-');
        if (dash == 2 || dash == 3) {
            l = l.substring(0, dash);
        }
        return l;
    }

    private static void photos(Ctx ctx, JsonNode node, String field, boolean main, Map<String, PhotoReference> out) {
        for (JsonNode representation : ctx.objects(node, field)) {
            String url = null;
            String mimeType = null;
            for (JsonNode resource :
                    ctx.objects(representation.get("ebucore:hasRelatedResource"), "ebucore:hasRelatedResource")) {
                for (String locator : ctx.scalars(resource.get("ebucore:locator"), "ebucore:locator")) {
                    String l = locator.trim();
                    if (isHttpUrl(l)) {
                        url = l;
                        break;
                    }
                    ctx.warn(WarningCode.INVALID_PHOTO_URL, "ebucore:locator", abbreviate(locator, 200));
                }
                if (url != null) {
                    JsonNode mime = first(ctx.objects(resource.get("ebucore:hasMimeType"), "ebucore:hasMimeType"));
                    if (mime != null) {
                        JsonNode label = mime.get("rdfs:label");
                        if (label != null && label.isObject() && !label.has("@value")) {
                            Map<String, String> m = ctx.languageMap(label, "ebucore:hasMimeType.rdfs:label", 100);
                            mimeType =
                                    m.isEmpty() ? null : m.values().iterator().next();
                        } else {
                            mimeType = ctx.text(label, "ebucore:hasMimeType.rdfs:label", 100);
                        }
                    }
                    break;
                }
            }
            if (url == null || out.containsKey(url)) {
                continue;
            }
            String credit = null;
            String licence = null;
            String title = null;
            JsonNode annotation =
                    first(ctx.objects(representation.get("ebucore:hasAnnotation"), "ebucore:hasAnnotation"));
            if (annotation != null) {
                List<String> credits = ctx.scalars(annotation.get("credits"), "credits");
                credit = credits.isEmpty()
                        ? null
                        : ctx.truncate(
                                String.join(", ", credits).trim(), "credits", DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
                if (credit != null && credit.isEmpty()) {
                    credit = null;
                }
                licence = ctx.text(
                        annotation.get("ebucore:isCoveredBy"),
                        "ebucore:isCoveredBy",
                        DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
                Map<String, String> titles = ctx.languageMap(
                        annotation.get("ebucore:title"), "ebucore:title", DatatourismeRecord.MAX_SHORT_TEXT_LENGTH);
                title = titles.containsKey("fr")
                        ? titles.get("fr")
                        : titles.isEmpty() ? null : titles.values().iterator().next();
            }
            out.put(
                    url,
                    new PhotoReference(
                            url, main, title, credit, licence, PhotoLicences.isPubliclyReusable(licence), mimeType));
        }
    }

    private static LocalDate localDate(Ctx ctx, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            ctx.warn(WarningCode.INVALID_DATE, "lastUpdate", abbreviate(s, 40));
            return null;
        }
    }

    private static Instant instant(Ctx ctx, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // fall through to the more lenient forms
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            ctx.warn(WarningCode.INVALID_DATE, "lastUpdateDatatourisme", abbreviate(s, 40));
            return null;
        }
    }

    private static JsonNode first(List<JsonNode> nodes) {
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    private static void putAllAbsent(Map<String, String> target, Map<String, String> source) {
        for (Map.Entry<String, String> e : source.entrySet()) {
            target.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "null";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String shortMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        var location = e.getLocation();
        String where =
                location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return abbreviate(message, 300) + where;
    }

    /** Warnings of one object and the tolerant accessors that produce them. */
    private static final class Ctx {

        final List<RecordWarning> warnings = new ArrayList<>();

        void warn(WarningCode code, String field, String detail) {
            if (warnings.size() < 100) {
                warnings.add(new RecordWarning(code, field, detail));
            }
        }

        void wrongType(String field, JsonNode node) {
            warn(WarningCode.WRONG_TYPE, field, node.getNodeType().name().toLowerCase(Locale.ROOT));
        }

        /** Objects of a property that may hold one object or an array of them. */
        List<JsonNode> objects(JsonNode node, String field) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return List.of();
            }
            if (node.isObject()) {
                return List.of(node);
            }
            if (node.isArray()) {
                List<JsonNode> result = new ArrayList<>(node.size());
                boolean wrong = false;
                for (JsonNode element : node) {
                    if (element.isObject()) {
                        result.add(element);
                    } else if (!element.isNull()) {
                        wrong = true;
                    }
                }
                if (wrong) {
                    wrongType(field, node);
                }
                return result;
            }
            wrongType(field, node);
            return List.of();
        }

        /** A single text value: a string, a number or boolean, the first of an array, or an {@code @value}. */
        String scalar(JsonNode node, String field) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isString()) {
                return node.stringValue();
            }
            if (node.isNumber() || node.isBoolean()) {
                return node.asString();
            }
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (element.isString()
                            || element.isNumber()
                            || element.isBoolean()
                            || element.isObject() && element.has("@value")) {
                        return scalar(element, field);
                    }
                }
                if (!node.isEmpty()) {
                    wrongType(field, node.get(0));
                }
                return null;
            }
            if (node.isObject() && node.has("@value")) {
                return scalar(node.get("@value"), field);
            }
            wrongType(field, node);
            return null;
        }

        /** Scalar text, trimmed, blank as {@code null}, cut to {@code max} characters. */
        String text(JsonNode node, String field, int max) {
            String s = scalar(node, field);
            if (s == null) {
                return null;
            }
            s = s.trim();
            return s.isEmpty() ? null : truncate(s, field, max);
        }

        List<String> scalars(JsonNode node, String field) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return List.of();
            }
            if (node.isArray()) {
                List<String> result = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    String s = scalar(element, field);
                    if (s != null) {
                        result.add(s);
                    }
                }
                return result;
            }
            String s = scalar(node, field);
            return s == null ? List.of() : List.of(s);
        }

        Boolean bool(JsonNode node, String field) {
            String s = scalar(node, field);
            if (s == null) {
                return null;
            }
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("1") || t.equals("oui")) {
                return Boolean.TRUE;
            }
            if (t.equals("false") || t.equals("0") || t.equals("non")) {
                return Boolean.FALSE;
            }
            warn(WarningCode.WRONG_TYPE, field, abbreviate(s, 40));
            return null;
        }

        /**
         * A language map {@code {"fr": ["…"], "en": ["…"]}}: first non-blank text per language. Tolerates plain
         * strings (taken as French) and expanded {@code {"@language", "@value"}} objects.
         */
        Map<String, String> languageMap(JsonNode node, String field, int max) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return Map.of();
            }
            Map<String, String> result = new LinkedHashMap<>();
            if (node.isObject() && !node.has("@value")) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    String lang = languageKey(e.getKey());
                    if (lang == null || result.containsKey(lang)) {
                        continue;
                    }
                    String text = firstText(e.getValue(), field + "@" + lang);
                    if (text != null) {
                        result.put(lang, truncate(text, field + "@" + lang, max));
                    }
                }
            } else if (node.isArray() || node.isString() || node.isObject()) {
                for (JsonNode element : node.isArray() ? node : List.of(node)) {
                    String lang = "fr";
                    JsonNode value = element;
                    if (element.isObject()) {
                        lang = languageKey(element.path("@language").asString("fr"));
                        value = element.get("@value");
                    }
                    String text = firstText(value, field);
                    if (lang != null && text != null && !result.containsKey(lang)) {
                        result.put(lang, truncate(text, field + "@" + lang, max));
                    }
                }
            } else {
                wrongType(field, node);
            }
            return result;
        }

        private String firstText(JsonNode value, String field) {
            if (value == null) {
                return null;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    String s = scalar(element, field);
                    if (s != null && !s.isBlank()) {
                        return s.trim();
                    }
                }
                return null;
            }
            String s = scalar(value, field);
            return s == null || s.isBlank() ? null : s.trim();
        }

        private static String languageKey(String key) {
            if (key == null || key.isEmpty() || key.charAt(0) == '@' || key.length() > 12) {
                return null;
            }
            return key.toLowerCase(Locale.ROOT);
        }

        String truncate(String s, String field, int max) {
            if (s.length() <= max) {
                return s;
            }
            int end = max;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            warn(WarningCode.TEXT_TRUNCATED, field, s.length() + " characters, kept " + end);
            return s.substring(0, end);
        }
    }

    /** SHA-256 over a sequence of texts, each followed by a separator; {@code null} has its own marker. */
    private static final class Hash {

        private final MessageDigest digest;

        Hash() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hash add(String s) {
            if (s == null) {
                digest.update((byte) 1);
            } else {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
            return this;
        }

        Hash addAll(Collection<String> values) {
            digest.update((byte) 2);
            for (String s : values) {
                add(s);
            }
            digest.update((byte) 3);
            return this;
        }

        Hash add(Map<String, String> map) {
            digest.update((byte) 4);
            map.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> add(e.getKey()).add(e.getValue()));
            digest.update((byte) 5);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
