package fr.ambassade.providers.importing;

/**
 * One line of a run's report.
 *
 * @param position position of the record in the file (index entry or CSV line), when known
 * @param recordIdentity the identity of the record (DATAtourisme URI, CSV identifier, file name…)
 * @param reasonCode a stable code, translated as {@code providers.imports.reason.<code>}
 * @param field the field concerned (corrections kept), else {@code null}
 * @param detail technical detail in English (values, parser message)
 */
public record ImportRunItem(
        Integer position,
        String recordIdentity,
        String recordName,
        ItemOutcome outcome,
        String reasonCode,
        String field,
        String detail,
        Long providerId) {}
