package fr.ambassade.providers.importing.datatourisme;

/**
 * The two generations of DATAtourisme IRIs. Records are identical in shape; only the host names differ.
 * Identities are always expressed in the current ({@link #V2023}) form.
 */
public enum DatatourismeNamespace {
    /** Vocabulary used until about 2021, under {@code datatourisme.gouv.fr}. */
    V2020(
            "https://www.datatourisme.gouv.fr/ontology/core#",
            "https://data.datatourisme.gouv.fr/",
            "https://www.datatourisme.gouv.fr/resource/core#"),
    /** Current vocabulary, under {@code datatourisme.fr}. */
    V2023(
            "https://www.datatourisme.fr/ontology/core#",
            "https://data.datatourisme.fr/",
            "https://www.datatourisme.fr/resource/core#");

    private final String ontology;
    private final String data;
    private final String resource;

    DatatourismeNamespace(String ontology, String data, String resource) {
        this.ontology = ontology;
        this.data = data;
        this.resource = resource;
    }

    /** Core ontology namespace, the {@code @vocab} of a flow context. */
    public String ontology() {
        return ontology;
    }

    /** Prefix of the record IRIs. */
    public String data() {
        return data;
    }

    /** Namespace of thesaurus individuals, the {@code kb:} prefix. */
    public String resource() {
        return resource;
    }

    /** The namespace whose ontology IRI is {@code vocab}, or {@code null}. Tolerates http and a missing '#'. */
    public static DatatourismeNamespace ofVocabulary(String vocab) {
        if (vocab == null) {
            return null;
        }
        String v = vocab.trim().replace("http://", "https://");
        for (DatatourismeNamespace ns : values()) {
            if (v.equals(ns.ontology)
                    || v.equals(ns.ontology.substring(0, ns.ontology.length() - 1))
                    || (v + "/").equals(ns.ontology.substring(0, ns.ontology.length() - 1))) {
                return ns;
            }
        }
        return null;
    }
}
