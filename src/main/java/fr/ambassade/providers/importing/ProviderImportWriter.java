package fr.ambassade.providers.importing;

import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderImports;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of resolved records through the domain ({@link ProviderImports}: matching, unchanged records
 * skipped, field-by-field updates keeping staff corrections), in the caller's transaction, and turns each outcome
 * into the lines of the run's report.
 */
@Component
class ProviderImportWriter {

    /** Outcome of one record. */
    enum Result {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** One record's outcome ({@code result} null: rejected) and its report lines. */
    record Written(Result result, List<ImportRunItem> items) {}

    /** A record whose commune was resolved. */
    record Resolved(ImportRecord record, String communeCode, String communeName, boolean outsideTerritory) {

        String hash() {
            return record.contentHash() + (outsideTerritory ? ":outside" : "");
        }
    }

    private final ProviderImports imports;

    ProviderImportWriter(ProviderImports imports) {
        this.imports = imports;
    }

    /** Writes the batch; must run in a transaction. One entry per record, in order. */
    List<Written> write(List<Resolved> batch) {
        List<ProviderImports.Written> written =
                imports.write(batch.stream().map(ProviderImportWriter::imported).toList());
        List<Written> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(report(batch.get(i).record(), written.get(i)));
        }
        return out;
    }

    private static Written report(ImportRecord rec, ProviderImports.Written w) {
        return switch (w.outcome()) {
            case UNCHANGED -> new Written(Result.UNCHANGED, List.of());
            case REFUSED ->
                new Written(null, List.of(rec.item(ItemOutcome.REJECTED, "INVALID_VALUE", null, w.refusal(), null)));
            case CREATED, UPDATED -> {
                Long id = w.providerId();
                List<ImportRunItem> items = new ArrayList<>();
                for (ProviderImports.KeptCorrection kept : w.corrections()) {
                    items.add(
                            rec.item(ItemOutcome.CORRECTION_KEPT, "STAFF_CORRECTION", kept.field(), kept.detail(), id));
                }
                for (ImportRunItem flag : rec.flags()) {
                    items.add(new ImportRunItem(
                            flag.position(),
                            flag.recordIdentity(),
                            flag.recordName(),
                            flag.outcome(),
                            flag.reasonCode(),
                            flag.field(),
                            flag.detail(),
                            id));
                }
                yield new Written(
                        w.outcome() == ProviderImports.Outcome.CREATED ? Result.CREATED : Result.UPDATED, items);
            }
        };
    }

    private static ProviderImports.Imported imported(Resolved r) {
        ImportRecord rec = r.record();
        ProviderDetails details = new ProviderDetails(
                rec.name(),
                rec.category(),
                rec.subtype(),
                r.communeCode(),
                r.communeName(),
                rec.street(),
                rec.postalCode(),
                rec.locality(),
                rec.latitude(),
                rec.longitude(),
                rec.phone(),
                rec.email(),
                rec.website(),
                rec.languages(),
                rec.accessibilityFlags(),
                null,
                rec.descriptions(),
                null,
                r.outsideTerritory());
        return new ProviderImports.Imported(rec.keys(), details, rec.labels(), rec.photos(), r.hash());
    }
}
