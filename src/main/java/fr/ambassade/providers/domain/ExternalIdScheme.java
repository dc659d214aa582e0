package fr.ambassade.providers.domain;

/** The systems whose identifiers a provider record keeps (one source identifier belongs to one provider). */
public enum ExternalIdScheme {
    DATATOURISME,
    SOURCE_SYSTEM,
    APIDAE,
    CSV
}
