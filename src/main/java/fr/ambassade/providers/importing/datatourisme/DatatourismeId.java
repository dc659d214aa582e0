package fr.ambassade.providers.importing.datatourisme;

import java.util.Locale;
import java.util.Optional;

/**
 * Identity of a DATAtourisme object: the producer (publishing feed) id and the object UUID, taken from its IRI
 * {@code https://data.datatourisme.fr/<producer>/<uuid>}. The same object published under the 2020 host
 * ({@code data.datatourisme.gouv.fr}) has the same identity.
 */
public record DatatourismeId(String producer, String uuid) {

    public static final String CANONICAL_PREFIX = DatatourismeNamespace.V2023.data();

    private static final String[] PREFIXES = {
        "https://data.datatourisme.fr/",
        "https://data.datatourisme.gouv.fr/",
        "http://data.datatourisme.fr/",
        "http://data.datatourisme.gouv.fr/",
        "data:"
    };

    public DatatourismeId {
        if (!isProducer(producer) || !isUuid(uuid)) {
            throw new IllegalArgumentException("Not a DATAtourisme id: " + producer + "/" + uuid);
        }
        uuid = uuid.toLowerCase(Locale.ROOT);
    }

    /** Parses an object IRI under either namespace; empty when it is not a DATAtourisme object IRI. */
    public static Optional<DatatourismeId> parse(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        String s = iri.trim();
        String rest = null;
        for (String prefix : PREFIXES) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                rest = s.substring(prefix.length());
                break;
            }
        }
        if (rest == null) {
            return Optional.empty();
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String producer = rest.substring(0, slash);
        String uuid = rest.substring(slash + 1);
        if (!isProducer(producer) || !isUuid(uuid)) {
            return Optional.empty();
        }
        return Optional.of(new DatatourismeId(producer, uuid));
    }

    /** The IRI in the current namespace, e.g. {@code https://data.datatourisme.fr/15/3a2ee9c3-…}. */
    public String canonicalUri() {
        return CANONICAL_PREFIX + producer + "/" + uuid;
    }

    /** Compact form {@code producer/uuid}, suitable as a unique key. */
    @Override
    public String toString() {
        return producer + "/" + uuid;
    }

    private static boolean isProducer(String s) {
        if (s == null || s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUuid(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
