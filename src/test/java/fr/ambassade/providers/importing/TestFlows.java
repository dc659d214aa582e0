package fr.ambassade.providers.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Flows for import tests, built from the real samples in {@code src/test/resources/datatourisme}. */
public final class TestFlows {

    public static final String VILLANDRY = "2/26/15-2679335a-b7fa-31fc-b41f-7ee6548aff62.json";
    public static final String CITOTEL = "5/53/15-5317203a-a3e9-3281-bc27-dea5c913fb27.json";
    public static final String PAGET = "0/0e/15-0e99c8e8-175f-3ea4-ba38-77267c63025b.json";

    private static final Pattern ID = Pattern.compile(
            "\"@id\"\\s*:\\s*\"https://data\\.datatourisme\\.(?:gouv\\.)?fr/" + "([0-9A-Za-z]+)/([0-9a-f-]{36})\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(\"dc:identifier\"\\s*:\\s*\\[?\\s*\")([^\"]*)(\")");

    private TestFlows() {}

    public static Path resource(String name) {
        try {
            return Path.of(TestFlows.class.getResource("/datatourisme/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path archive2020() {
        return resource("flat-archive-2020-09-centre-val-de-loire-subset");
    }

    public static Path objects2023() {
        return resource("flat-objects-2023-11-various-regions");
    }

    public static String object2020(String relativeFile) {
        return read(archive2020().resolve("objects").resolve(relativeFile));
    }

    public static String context2020() {
        return read(archive2020().resolve("context.jsonld"));
    }

    public static String context2023() {
        return context2020().replace("datatourisme.gouv.fr", "datatourisme.fr");
    }

    /** Producer and UUID of an object. */
    public static String[] id(String object) {
        Matcher m = ID.matcher(object);
        if (!m.find()) {
            throw new IllegalArgumentException("no @id");
        }
        return new String[] {m.group(1), m.group(2)};
    }

    public static String canonicalUri(String object) {
        String[] id = id(object);
        return "https://data.datatourisme.fr/" + id[0] + "/" + id[1];
    }

    /** The same object as a new record: a fresh UUID everywhere and a fresh source identifier. */
    public static String fresh(String object) {
        String uuid = id(object)[1];
        String fresh = object.replace(uuid, UUID.randomUUID().toString());
        Matcher m = IDENTIFIER.matcher(fresh);
        return m.find()
                ? m.replaceFirst("$1" + "TEST" + UUID.randomUUID().toString().substring(0, 12) + "$3")
                : fresh;
    }

    /** The object under the other namespace's hosts. */
    public static String under2023Namespace(String object) {
        return object.replace("datatourisme.gouv.fr", "datatourisme.fr");
    }

    public static String withName(String object, String oldName, String newName) {
        return object.replace("\"" + oldName + "\"", "\"" + newName + "\"");
    }

    /** Entries of a flow: index.json, context.jsonld, objects at their usual paths (file names from their ids). */
    public static Map<String, byte[]> flow(String context, String... objects) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("[\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String object : objects) {
            String[] id = id(object);
            String file = id[1].charAt(0) + "/" + id[1].substring(0, 2) + "/" + id[0] + "-" + id[1] + ".json";
            if (index.length() > 2) {
                index.append(",\n");
            }
            index.append("{\"label\": \"x\", \"lastUpdateDatatourisme\": \"2023-11-09T01:22:56.558Z\", \"file\": \"")
                    .append(file)
                    .append("\"}");
            files.put("objects/" + file, object.getBytes(StandardCharsets.UTF_8));
        }
        index.append("\n]\n");
        entries.put("index.json", index.toString().getBytes(StandardCharsets.UTF_8));
        entries.put("context.jsonld", context.getBytes(StandardCharsets.UTF_8));
        entries.putAll(files);
        return entries;
    }

    public static Path zip(Path target, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Path folder(Path target, Map<String, byte[]> entries) {
        try {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                Path file = target.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Zips a folder, entry names relative to it. */
    public static Path zipFolder(Path folder, Path target) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(target, entries);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
