package fr.ambassade.providers.importing.datatourisme;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds flows (folders and zip archives) from the real samples in {@code src/test/resources/datatourisme}. */
final class SampleFlows {

    static final String ARCHIVE_2020 = "flat-archive-2020-09-centre-val-de-loire-subset";
    static final String OBJECTS_2023 = "flat-objects-2023-11-various-regions";

    private SampleFlows() {}

    static Path resource(String name) {
        try {
            return Path.of(
                    SampleFlows.class.getResource("/datatourisme/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path archive2020() {
        return resource(ARCHIVE_2020);
    }

    static byte[] object2020(String relativeFile) {
        return read(archive2020().resolve("objects").resolve(relativeFile));
    }

    static byte[] object2023(String fileName) {
        return read(resource(OBJECTS_2023).resolve(fileName));
    }

    static List<Path> objectFiles2023() {
        try (Stream<Path> files = Files.list(resource(OBJECTS_2023))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2020 context with the 2023 hosts: the shape of a current flow context. */
    static byte[] context2023() {
        return new String(read(archive2020().resolve("context.jsonld")), StandardCharsets.UTF_8)
                .replace("datatourisme.gouv.fr", "datatourisme.fr")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] context2020() {
        return read(archive2020().resolve("context.jsonld"));
    }

    /** Entries of a flow archive: index.json, context.jsonld and objects at their usual paths. */
    static Map<String, byte[]> flowEntries(byte[] context, Map<String, byte[]> objectsByFileName) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("[\n");
        for (Map.Entry<String, byte[]> object : objectsByFileName.entrySet()) {
            String fileName = object.getKey();
            String uuid = fileName.substring(fileName.indexOf('-') + 1);
            String file = uuid.charAt(0) + "/" + uuid.substring(0, 2) + "/" + fileName;
            if (index.length() > 2) {
                index.append(",\n");
            }
            index.append("  {\"label\": \"")
                    .append(fileName)
                    .append("\", \"lastUpdateDatatourisme\": ")
                    .append("\"2023-11-09T01:22:56.558Z\", \"file\": \"")
                    .append(file)
                    .append("\"}");
            entries.put("objects/" + file, object.getValue());
        }
        index.append("\n]\n");
        Map<String, byte[]> result = new LinkedHashMap<>();
        result.put("index.json", index.toString().getBytes(StandardCharsets.UTF_8));
        result.put("context.jsonld", context);
        result.putAll(entries);
        return result;
    }

    /** A flow of the ten 2023 objects, as a map of archive entries. */
    static Map<String, byte[]> flow2023Entries() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (Path file : objectFiles2023()) {
            objects.put(file.getFileName().toString(), read(file));
        }
        return flowEntries(context2023(), objects);
    }

    static Path zip(Path target, Map<String, byte[]> entries) {
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

    /** Zips a folder, entry names relative to it. */
    static Path zipFolder(Path folder, Path target) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(folder.relativize(file).toString().replace('\\', '/'), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(target, entries);
    }

    /** Writes entries as a folder. */
    static Path folder(Path target, Map<String, byte[]> entries) {
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

    static List<FlowItem> readAll(FlowReader reader) {
        try (Stream<FlowItem> items = reader.items()) {
            return new ArrayList<>(items.toList());
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
