package fr.ambassade.providers.importing.datatourisme;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a flow's {@code index.json}: {@code {label, lastUpdateDatatourisme, file}}.
 *
 * @param position 0-based position in the index
 * @param file path relative to {@code objects/}, e.g. {@code 2/26/15-2679335a-….json}; may be {@code null} when the
 *     index line lacks it
 * @param label the label given by the index (the French name), may be {@code null}
 * @param lastUpdateDatatourisme may be {@code null} when absent or unreadable
 */
public record IndexEntry(int position, String file, String label, Instant lastUpdateDatatourisme) {

    /**
     * The identity encoded in the file name {@code <producer>-<uuid>.json}, without reading the object. Lets an
     * importer skip records whose {@code lastUpdateDatatourisme} did not change.
     */
    public Optional<DatatourismeId> idFromFileName() {
        if (file == null) {
            return Optional.empty();
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = file.substring(slash + 1);
        if (!name.endsWith(".json") || name.length() < 5 + 38) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - 5);
        int dash = base.length() - 37;
        if (base.charAt(dash) != '-') {
            return Optional.empty();
        }
        return DatatourismeId.parse(
                DatatourismeId.CANONICAL_PREFIX + base.substring(0, dash) + "/" + base.substring(dash + 1));
    }

    /** What to show a person: the label, else the file. */
    public String displayName() {
        return label != null && !label.isBlank() ? label : String.valueOf(file);
    }
}
