package fr.ambassade.providers.importing;

import fr.ambassade.providers.importing.datatourisme.FlowLimits;

/**
 * How to run an import.
 *
 * @param allCommunes store records of communes outside the territory (flagged as such) instead of skipping them
 * @param limits safety limits for DATAtourisme archives
 */
public record ImportOptions(boolean allCommunes, FlowLimits limits) {

    public ImportOptions {
        limits = limits == null ? FlowLimits.defaults() : limits;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, FlowLimits.defaults());
    }

    public static ImportOptions everyCommune() {
        return new ImportOptions(true, FlowLimits.defaults());
    }

    public ImportOptions withLimits(FlowLimits newLimits) {
        return new ImportOptions(allCommunes, newLimits);
    }
}
