package fr.ambassade.providers.importing;

/** What an import reads. */
public enum ImportKind {
    DATATOURISME,
    CSV
}
