package fr.ambassade.providers.importing;

/** A source record after reading: either to be written, or already decided (skipped, rejected). */
sealed interface Prepared {

    record ToWrite(ImportRecord record) implements Prepared {}

    record Decided(ImportRunItem item) implements Prepared {}

    static Prepared write(ImportRecord record) {
        return new ToWrite(record);
    }

    static Prepared rejected(Integer position, String identity, String name, String reasonCode, String detail) {
        return new Decided(
                new ImportRunItem(position, identity, name, ItemOutcome.REJECTED, reasonCode, null, detail, null));
    }

    static Prepared skipped(Integer position, String identity, String name, String reasonCode, String detail) {
        return new Decided(
                new ImportRunItem(position, identity, name, ItemOutcome.SKIPPED, reasonCode, null, detail, null));
    }
}
