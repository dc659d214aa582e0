package fr.ambassade.providers.importing;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.Websites;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.GeoPoint;
import fr.ambassade.shared.InseeCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of providers in the template's columns ({@link #HEADERS}, French names, any order, unknown columns
 * ignored). Separator {@code ;} or {@code ,} detected from the header line; UTF-8 with or without BOM; a file that
 * is not valid UTF-8 is decoded as Windows-1252 (said in the report), and refused when it is not valid
 * Windows-1252 either or holds control characters (a binary file, UTF-16). Rows are read lazily; each is turned
 * into a record to write or a rejection with its reason.
 */
final class CsvProviderFile {

    static final long MAX_BYTES = 200L * 1024 * 1024;
    static final int MAX_ROWS = 1_000_000;
    static final int MAX_TEXT = 1_000;
    static final int MAX_DESCRIPTION = 20_000;

    static final List<String> HEADERS = List.of(
            "nom",
            "categorie",
            "sous_type",
            "code_insee",
            "code_postal",
            "commune",
            "adresse",
            "latitude",
            "longitude",
            "telephone",
            "email",
            "site_web",
            "labels",
            "langues",
            "description",
            "identifiant_externe");

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, ProviderCategory> CATEGORIES = new HashMap<>();

    static {
        for (ProviderCategory c : ProviderCategory.values()) {
            CATEGORIES.put(c.name().toLowerCase(Locale.ROOT).replace('_', ' '), c);
        }
        put(ProviderCategory.ACCOMMODATION, "hebergement", "hebergements");
        put(ProviderCategory.FOOD, "restauration", "restaurant", "alimentation");
        put(ProviderCategory.PRODUCER, "producteur", "producteurs", "production");
        put(ProviderCategory.CRAFT, "artisan", "artisanat", "artisans d art", "artisan d art");
        put(ProviderCategory.ACTIVITY, "activite", "activites", "loisir", "loisirs");
        put(
                ProviderCategory.HERITAGE_SITE,
                "site patrimonial",
                "patrimoine",
                "site",
                "site de patrimoine",
                "site patrimoine",
                "heritage site");
        put(ProviderCategory.SHOP, "commerce", "boutique", "commerces");
        put(ProviderCategory.OTHER, "autre", "autres");
    }

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("francais", "fr"),
            Map.entry("anglais", "en"),
            Map.entry("neerlandais", "nl"),
            Map.entry("allemand", "de"),
            Map.entry("espagnol", "es"),
            Map.entry("italien", "it"),
            Map.entry("portugais", "pt"),
            Map.entry("flamand", "nl"),
            Map.entry("english", "en"),
            Map.entry("dutch", "nl"),
            Map.entry("german", "de"),
            Map.entry("french", "fr"));

    private static void put(ProviderCategory category, String... names) {
        for (String n : names) {
            CATEGORIES.put(n, category);
        }
    }

    private final Path path;
    private final Charset charset;
    private final boolean bom;
    private final char delimiter;
    private final Map<String, Integer> columns;
    private final int rowCount;
    private final List<ImportRunItem> notices = new ArrayList<>();

    private CsvProviderFile(
            Path path, Charset charset, boolean bom, char delimiter, Map<String, Integer> columns, int rowCount) {
        this.path = path;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.columns = columns;
        this.rowCount = rowCount;
    }

    /**
     * Checks and measures the file.
     *
     * @throws ImportFileException when it cannot be imported at all
     */
    static CsvProviderFile open(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            throw new ImportFileException("providers.imports.csv.error.notFound", "No such file: " + path);
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new ImportFileException("providers.imports.csv.error.unreadable", e.getMessage());
        }
        if (size == 0) {
            throw new ImportFileException("providers.imports.csv.error.empty", "The file is empty");
        }
        if (size > MAX_BYTES) {
            throw new ImportFileException(
                    "providers.imports.csv.error.tooLarge", "The file has " + size + " bytes, more than " + MAX_BYTES);
        }
        Encoding encoding = detectEncoding(path);
        char delimiter = detectDelimiter(path, encoding);
        Map<String, Integer> columns;
        int rows = 0;
        try (Reader reader = reader(path, encoding.charset, encoding.bom);
                CSVParser parser = CSVParser.parse(reader, format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new ImportFileException("providers.imports.csv.error.empty", "No header line");
            }
            columns = columns(it.next());
            while (it.hasNext()) {
                CSVRecord r = it.next();
                if (!blank(r)) {
                    rows++;
                }
                if (rows > MAX_ROWS) {
                    throw new ImportFileException(
                            "providers.imports.csv.error.tooManyRows", "More than " + MAX_ROWS + " rows");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("providers.imports.csv.error.malformed", "Malformed CSV: " + e.getMessage());
        }
        CsvProviderFile file = new CsvProviderFile(path, encoding.charset, encoding.bom, delimiter, columns, rows);
        if (encoding.charset.equals(WINDOWS_1252)) {
            file.notices.add(new ImportRunItem(
                    null,
                    path.getFileName().toString(),
                    null,
                    ItemOutcome.FLAGGED,
                    "ENCODING_WINDOWS_1252",
                    null,
                    "not valid UTF-8: read as Windows-1252 and converted",
                    null));
        }
        return file;
    }

    int rowCount() {
        return rowCount;
    }

    char delimiter() {
        return delimiter;
    }

    Charset charset() {
        return charset;
    }

    /** Report lines about the whole file (encoding converted). */
    List<ImportRunItem> notices() {
        return List.copyOf(notices);
    }

    /** The rows, lazily; close the stream. */
    Stream<Prepared> rows() {
        Reader reader;
        CSVParser parser;
        try {
            reader = reader(path, charset, bom);
            parser = CSVParser.parse(reader, format(delimiter));
        } catch (IOException e) {
            throw new ImportFileException("providers.imports.csv.error.unreadable", e.getMessage());
        }
        Iterator<CSVRecord> records = parser.iterator();
        records.next(); // header, checked by open()
        Set<String> seen = new HashSet<>();
        Iterator<Prepared> rows = new Iterator<>() {
            Prepared next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null && records.hasNext()) {
                        CSVRecord r = records.next();
                        if (!blank(r)) {
                            next = row(r, seen);
                        }
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportFileException(
                            "providers.imports.csv.error.malformed", "Malformed CSV: " + e.getMessage());
                }
                return next != null;
            }

            @Override
            public Prepared next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Prepared p = next;
                next = null;
                return p;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        parser.close();
                    } catch (IOException e) {
                        // nothing left to release
                    }
                });
    }

    private String cell(CSVRecord r, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private Prepared row(CSVRecord r, Set<String> seen) {
        int line = (int) r.getRecordNumber();
        String externalId = cell(r, "identifiant_externe");
        String name = cell(r, "nom");
        String identity = externalId != null ? externalId : "#" + line;
        if (name == null) {
            return Prepared.rejected(line, identity, null, "MISSING_NAME", "column nom is empty");
        }
        for (String column : HEADERS) {
            String v = cell(r, column);
            if (v != null && !column.equals("description") && v.length() > MAX_TEXT) {
                return Prepared.rejected(
                        line, identity, cut(name), "VALUE_TOO_LONG", column + ": " + v.length() + " characters");
            }
        }
        String categoryText = cell(r, "categorie");
        ProviderCategory category = categoryText == null ? null : CATEGORIES.get(normalise(categoryText));
        if (category == null) {
            return Prepared.rejected(line, identity, name, "BAD_CATEGORY", String.valueOf(categoryText));
        }
        String insee = cell(r, "code_insee");
        if (insee != null) {
            insee = insee.toUpperCase(Locale.ROOT);
            if (insee.length() == 4 && insee.chars().allMatch(Character::isDigit)) {
                insee = "0" + insee; // a spreadsheet dropped the leading zero
            }
            if (!InseeCode.isValid(insee)) {
                return Prepared.rejected(line, identity, name, "BAD_INSEE_CODE", insee);
            }
        }
        String postalCode = cell(r, "code_postal");
        if (postalCode != null && postalCode.length() == 4 && postalCode.chars().allMatch(Character::isDigit)) {
            postalCode = "0" + postalCode;
        }
        String commune = cell(r, "commune");
        if (insee == null && postalCode == null) {
            return Prepared.rejected(line, identity, name, "UNKNOWN_COMMUNE", "neither code_insee nor code_postal");
        }
        List<ImportRunItem> flags = new ArrayList<>();
        String latText = cell(r, "latitude");
        String lonText = cell(r, "longitude");
        Double lat = null;
        Double lon = null;
        if (latText != null || lonText != null) {
            GeoPoint.Reading reading = GeoPoint.read(latText, lonText);
            if (reading.point() == null) {
                return Prepared.rejected(
                        line,
                        identity,
                        name,
                        "BAD_COORDINATES",
                        latText + ", " + lonText + " (" + reading.refusal() + ")");
            }
            lat = reading.point().lat();
            lon = reading.point().lon();
        } else {
            flags.add(new ImportRunItem(
                    line, identity, name, ItemOutcome.FLAGGED, "MISSING_COORDINATES", null, null, null));
        }
        String email = cell(r, "email");
        if (email != null && !Email.isValid(email)) {
            return Prepared.rejected(line, identity, name, "BAD_EMAIL", email);
        }
        email = email == null ? null : Email.of(email).value();
        String website = cell(r, "site_web");
        if (website != null) {
            if (website.regionMatches(true, 0, "www.", 0, 4)) {
                website = "http://" + website;
            }
            if (!Websites.isHttp(website)) {
                return Prepared.rejected(line, identity, name, "BAD_WEBSITE", website);
            }
        }
        String description = cell(r, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            flags.add(new ImportRunItem(
                    line,
                    identity,
                    name,
                    ItemOutcome.FLAGGED,
                    "TEXT_TRUNCATED",
                    "description",
                    description.length() + " characters, kept " + MAX_DESCRIPTION,
                    null));
            description = description.substring(0, MAX_DESCRIPTION);
        }
        List<ProviderLabel> labels = new ArrayList<>();
        String labelsText = cell(r, "labels");
        if (labelsText != null) {
            for (String label : labelsText.split("\\|")) {
                String l = label.strip();
                if (!l.isEmpty()) {
                    String code =
                            l.startsWith("kb:") ? l : "local:" + normalise(l).replace(' ', '-');
                    ProviderLabel pl = new ProviderLabel(code, l, null);
                    if (!labels.contains(pl)) {
                        labels.add(pl);
                    }
                }
            }
        }
        List<String> languages = new ArrayList<>();
        String languagesText = cell(r, "langues");
        if (languagesText != null) {
            for (String lang : languagesText.split("[|,;/\\s]+")) {
                String n = normalise(lang);
                if (n.isEmpty()) {
                    continue;
                }
                String code = LANGUAGES.getOrDefault(n, n);
                if (code.matches("[a-z]{2,3}") && !languages.contains(code)) {
                    languages.add(code);
                }
            }
        }
        String keyValue = externalId != null
                ? externalId
                : "auto:" + normalise(name).replace(' ', '-') + "@"
                        + (insee != null
                                ? insee
                                : postalCode + "-"
                                        + normalise(String.valueOf(commune)).replace(' ', '-'));
        if (!seen.add(keyValue)) {
            return Prepared.rejected(line, identity, name, "DUPLICATE_IN_FILE", keyValue);
        }
        List<ExternalId> keys = List.of(new ExternalId(ExternalIdScheme.CSV, keyValue));
        Map<String, String> descriptions = description == null ? Map.of() : Map.of("fr", description);
        String hash = hash(r);
        return Prepared.write(new ImportRecord(
                line,
                identity,
                keys,
                name,
                category,
                cell(r, "sous_type"),
                insee,
                postalCode,
                commune,
                cell(r, "adresse"),
                commune,
                lat,
                lon,
                cell(r, "telephone"),
                email,
                website,
                languages,
                List.of(),
                descriptions,
                labels,
                List.of(),
                hash,
                flags));
    }

    private String hash(CSVRecord r) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String column : HEADERS) {
                String v = cell(r, column);
                digest.update(column.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (v != null) {
                    digest.update(v.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static boolean blank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i)).replace(' ', '_');
            if (HEADERS.contains(h)) {
                columns.putIfAbsent(h, i);
            }
        }
        if (!columns.containsKey("nom")
                || !columns.containsKey("categorie")
                || !(columns.containsKey("code_insee") || columns.containsKey("code_postal"))) {
            throw new ImportFileException(
                    "providers.imports.csv.error.missingColumns",
                    "The header line must name at least nom, categorie and code_insee or code_postal; found: "
                            + String.join(", ", header.toList()));
        }
        return columns;
    }

    /** Lower case, without accents, apostrophes and hyphens as spaces, single spaces. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s.replace("œ", "oe").replace("Œ", "oe"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private static Reader reader(Path path, Charset charset, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                65536);
    }

    private record Encoding(Charset charset, boolean bom) {}

    /** UTF-8 (BOM or not) when the bytes are valid UTF-8, else Windows-1252 when valid, else refused. */
    private static Encoding detectEncoding(Path path) {
        boolean bom;
        boolean utf8 = true;
        boolean cp1252 = true;
        CharsetDecoder utf8Decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder cp1252Decoder = WINDOWS_1252
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            ByteBuffer pending = ByteBuffer.allocate(65536 + 8);
            CharBuffer out = CharBuffer.allocate(65536 + 8);
            if (!bom) {
                pending.put(head);
            }
            byte[] chunk = new byte[65536];
            int n;
            boolean end = false;
            while (!end) {
                n = in.read(chunk);
                end = n < 0;
                if (n > 0) {
                    for (int i = 0; i < n; i++) {
                        int b = chunk[i] & 0xFF;
                        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                            throw new ImportFileException(
                                    "providers.imports.csv.error.notText",
                                    "The file holds control characters (byte " + b + "): not a text CSV file");
                        }
                    }
                    if (cp1252) {
                        try {
                            cp1252Decoder.decode(ByteBuffer.wrap(chunk, 0, n));
                        } catch (CharacterCodingException e) {
                            cp1252 = false;
                        }
                    }
                }
                if (utf8) {
                    // pending holds the bytes not yet decoded (an incomplete sequence at the end of a chunk)
                    if (n > 0) {
                        if (pending.remaining() < n) {
                            ByteBuffer bigger = ByteBuffer.allocate(pending.position() + n);
                            pending.flip();
                            bigger.put(pending);
                            pending = bigger;
                        }
                        pending.put(chunk, 0, n);
                    }
                    pending.flip();
                    CoderResult result;
                    do {
                        out.clear();
                        result = utf8Decoder.decode(pending, out, end);
                    } while (result.isOverflow());
                    if (result.isError() || (end && pending.hasRemaining())) {
                        utf8 = false;
                    }
                    pending.compact();
                }
            }
        } catch (IOException e) {
            throw new ImportFileException("providers.imports.csv.error.unreadable", e.getMessage());
        }
        if (utf8) {
            return new Encoding(StandardCharsets.UTF_8, bom);
        }
        if (cp1252 && !bom) {
            return new Encoding(WINDOWS_1252, false);
        }
        throw new ImportFileException(
                "providers.imports.csv.error.encoding", "The file is neither UTF-8 nor Windows-1252 text");
    }

    private static char detectDelimiter(Path path, Encoding encoding) {
        try (BufferedReader reader = new BufferedReader(reader(path, encoding.charset, encoding.bom))) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportFileException("providers.imports.csv.error.empty", "No header line");
            }
            int semicolons = 0;
            int commas = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
            }
            return semicolons >= commas ? ';' : ',';
        } catch (IOException e) {
            throw new ImportFileException("providers.imports.csv.error.unreadable", e.getMessage());
        }
    }

    /** The downloadable template: the header line and one example row, UTF-8 with BOM, {@code ;}. */
    static byte[] template() {
        String header = String.join(";", HEADERS);
        String example = String.join(
                ";",
                "Estaminet du Beffroi",
                "restauration",
                "estaminet",
                "62119",
                "62400",
                "Béthune",
                "12 Grand'Place",
                "50.5303",
                "2.6408",
                "03 21 00 00 00",
                "contact@exemple.fr",
                "https://www.exemple.fr",
                "Qualité Tourisme|Accueil Vélo",
                "fr|en|nl",
                "\"Cuisine régionale, bières locales\"",
                "EXEMPLE-0001");
        byte[] text = (header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }
}
