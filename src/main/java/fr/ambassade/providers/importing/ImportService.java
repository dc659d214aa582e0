package fr.ambassade.providers.importing;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.providers.importing.ImportRuns.Counts;
import fr.ambassade.providers.importing.datatourisme.FlowException;
import fr.ambassade.providers.importing.datatourisme.FlowReader;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.Territory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports providers from DATAtourisme flows and CSV files, synchronously (command line, tests) or in the
 * background (back office). One import at a time across nodes (see {@link ImportRuns#start}).
 *
 * <p>Records are written in batches of {@value #BATCH_SIZE}, each batch in its own transaction together with the
 * run's progress and report lines: an interruption loses at most the batch under way, never half a record, and
 * the counts always match what was committed. A batch that fails in the database is retried record by record, so
 * one bad record is rejected and the others written. Running the same file again completes an interrupted run:
 * what was committed is found unchanged (same identity, same content hash).
 *
 * <p>The audit log gets one entry per run (its counts), not one per record: a national flow has 100,000+ records,
 * whose values come from the source anyway; each record's outcome is in the run's report.
 */
@Service
public class ImportService {

    static final int BATCH_SIZE = 100;
    public static final String AUDIT_TYPE = "ImportRun";

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRuns runs;
    private final ProviderImportWriter writer;
    private final Territory territory;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final AmbassadeProperties properties;

    ImportService(
            ImportRuns runs,
            ProviderImportWriter writer,
            Territory territory,
            PlatformTransactionManager transactionManager,
            AuditLog audit,
            @Qualifier(ImportExecutorConfiguration.EXECUTOR) TaskExecutor executor,
            AmbassadeProperties properties) {
        this.properties = properties;
        this.runs = runs;
        this.writer = writer;
        this.territory = territory;
        this.tx = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.executor = executor;
    }

    /** Runs an import now and returns the finished run (COMPLETED, or FAILED with the reason). */
    public ImportRun importNow(ImportKind kind, Path source, String sourceName, ImportOptions options, String by) {
        long runId = runs.start(kind, sourceName, source.toAbsolutePath().toString(), options.allCommunes(), by, null);
        execute(runId, kind, source, options, by, false);
        return run(runId);
    }

    public ImportRun importDatatourisme(Path source, ImportOptions options, String by) {
        return importNow(ImportKind.DATATOURISME, source, source.getFileName().toString(), options, by);
    }

    public ImportRun importCsv(Path source, ImportOptions options, String by) {
        return importNow(ImportKind.CSV, source, source.getFileName().toString(), options, by);
    }

    /**
     * Starts an import in the background and returns its run id at once.
     *
     * @param uploaded whether {@code source} is an uploaded copy, deleted once the run completed or failed (kept
     *     when interrupted, so that it can be run again)
     * @throws ImportAlreadyRunningException when another import is running
     */
    public long submit(
            ImportKind kind,
            Path source,
            String sourceName,
            ImportOptions options,
            String by,
            boolean uploaded,
            Long rerunOf) {
        long runId =
                runs.start(kind, sourceName, source.toAbsolutePath().toString(), options.allCommunes(), by, rerunOf);
        try {
            executor.execute(() -> execute(runId, kind, source, options, by, uploaded));
        } catch (RuntimeException e) {
            runs.fail(runId, "providers.imports.error.unexpected", "Could not start: " + e.getMessage());
            throw e;
        }
        return runId;
    }

    /**
     * Runs an interrupted (or failed) run's file again, in the background; the new run completes it.
     *
     * @param administrator whether the person asking is an administrator: only administrators import a file of
     *     the server's disk (a path given by an administrator, or the command line), so only they re-run one
     * @throws ServerFileImportRefusedException when a non-administrator asks to re-run a server-disk import
     */
    public long rerun(long runId, String by, boolean administrator) {
        ImportRun previous = run(runId);
        if (!administrator && readsServerDisk(previous)) {
            throw new ServerFileImportRefusedException(runId);
        }
        if (!previous.finished()
                || previous.status() == ImportStatus.COMPLETED
                || previous.sourcePath() == null
                || !Files.exists(Path.of(previous.sourcePath()))) {
            throw new IllegalStateException("Run " + runId + " cannot be run again");
        }
        Path source = Path.of(previous.sourcePath());
        boolean uploaded = isUpload(source);
        return submit(
                previous.kind(),
                source,
                previous.sourceName(),
                new ImportOptions(previous.allCommunes(), null),
                by,
                uploaded,
                runId);
    }

    /**
     * Whether the run reads a file of the server's disk rather than an upload waiting in {@link #uploadDir()}
     * (administrators only). A run whose file is gone reads nothing: it cannot be re-run anyway.
     */
    public boolean readsServerDisk(ImportRun run) {
        return run.sourcePath() != null && !isUpload(Path.of(run.sourcePath()));
    }

    private boolean isUpload(Path source) {
        Path normalised = source.toAbsolutePath().normalize();
        return normalised.startsWith(uploadDir()) && !normalised.equals(uploadDir());
    }

    /** Where uploaded files wait for their run: {@code <data-dir>/imports}. */
    public Path uploadDir() {
        return properties.dataDir().resolve("imports").toAbsolutePath().normalize();
    }

    /** The CSV template offered for download (header line and an example row, UTF-8 with BOM). */
    public static byte[] csvTemplate() {
        return CsvProviderFile.template();
    }

    public ImportRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("No import run " + runId));
    }

    public Optional<ImportRun> running() {
        return runs.running();
    }

    public List<ImportRun> recent(int limit) {
        return runs.recent(limit);
    }

    void execute(long runId, ImportKind kind, Path source, ImportOptions options, String by, boolean uploaded) {
        long start = System.nanoTime();
        ImportStatus status = ImportStatus.FAILED;
        try {
            CommuneResolver communes = new CommuneResolver(territory);
            if (kind == ImportKind.DATATOURISME) {
                try (FlowReader flow = FlowReader.open(source, options.limits())) {
                    runs.total(runId, flow.size());
                    try (Stream<Prepared> items = flow.items().map(DatatourismeRecords::prepare);
                            Prefetcher<Prepared> ahead =
                                    new Prefetcher<>(items.iterator(), 2 * BATCH_SIZE, "import-reader-" + runId)) {
                        process(runId, ahead, communes, options);
                    }
                }
            } else {
                CsvProviderFile csv = CsvProviderFile.open(source);
                runs.total(runId, csv.rowCount());
                if (!csv.notices().isEmpty()) {
                    tx.executeWithoutResult(s -> runs.progress(runId, new Counts(), csv.notices()));
                }
                try (Stream<Prepared> rows = csv.rows();
                        Prefetcher<Prepared> ahead =
                                new Prefetcher<>(rows.iterator(), 2 * BATCH_SIZE, "import-reader-" + runId)) {
                    process(runId, ahead, communes, options);
                }
            }
            if (!runs.complete(runId)) {
                throw new ImportRunStoppedException(runId);
            }
            status = ImportStatus.COMPLETED;
        } catch (ImportRunStoppedException e) {
            // marked interrupted (another node's recovery after a missed heartbeat) while this writer was alive:
            // another import may already be running, so nothing more is written; running the file again completes it
            log.warn(
                    "Import run {} was marked {} while still writing: stopped",
                    runId,
                    run(runId).status());
            runs.stoppedWriting(
                    runId,
                    "Stopped writing after the last committed batch: the run had been marked "
                            + run(runId).status() + " (no sign of life seen by another node)");
            status = ImportStatus.INTERRUPTED;
        } catch (FlowException e) {
            log.warn("Import run {} failed: {}", runId, e.getMessage());
            runs.fail(runId, e.messageKey(), e.getMessage());
        } catch (ImportFileException e) {
            log.warn("Import run {} failed: {}", runId, e.getMessage());
            runs.fail(runId, e.messageKey(), e.getMessage());
        } catch (ImportInterruptedException e) {
            log.warn("Import run {} interrupted", runId);
            runs.interrupt(runId);
            status = ImportStatus.INTERRUPTED;
        } catch (RuntimeException e) {
            log.error("Import run {} failed", runId, e);
            runs.fail(runId, "providers.imports.error.unexpected", e.toString());
        }
        ImportRun run = run(runId);
        log.info(
                "Import run {} {} in {} ms: {}",
                runId,
                run.status(),
                (System.nanoTime() - start) / 1_000_000,
                run.summaryLine());
        auditRun(run, by);
        if (uploaded && status != ImportStatus.INTERRUPTED) {
            try {
                Files.deleteIfExists(source);
                runs.clearSourcePath(runId);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}: {}", source, e.getMessage());
            }
        }
    }

    private void auditRun(ImportRun run, String by) {
        try {
            tx.executeWithoutResult(s -> audit.record(
                    AuditRecord.of(AUDIT_TYPE, run.id(), run.status().name())
                            .by(by)
                            .because(run.kind() + " " + run.sourceName() + (run.allCommunes() ? " (all communes)" : ""))
                            .change("created", null, run.created())
                            .change("updated", null, run.updated())
                            .change("unchanged", null, run.unchanged())
                            .change("skipped", null, run.skipped())
                            .change("rejected", null, run.rejected())
                            .change("correctionsKept", null, run.correctionsKept())
                            .change("error", null, run.errorMessage())));
        } catch (RuntimeException e) {
            log.warn("Could not audit import run {}: {}", run.id(), e.getMessage());
        }
    }

    private void process(long runId, Iterator<Prepared> items, CommuneResolver communes, ImportOptions options) {
        List<Prepared> batch = new ArrayList<>(BATCH_SIZE);
        long readNanos = 0;
        long writeNanos = 0;
        long t0 = System.nanoTime();
        while (items.hasNext()) {
            batch.add(items.next());
            if (batch.size() == BATCH_SIZE) {
                long t1 = System.nanoTime();
                readNanos += t1 - t0;
                writeBatch(runId, batch, communes, options);
                t0 = System.nanoTime();
                writeNanos += t0 - t1;
                batch.clear();
            }
        }
        long t1 = System.nanoTime();
        readNanos += t1 - t0;
        if (!batch.isEmpty()) {
            writeBatch(runId, batch, communes, options);
        }
        writeNanos += System.nanoTime() - t1;
        log.info(
                "Import run {}: {} ms waiting for records read ahead, {} ms matching and writing",
                runId,
                readNanos / 1_000_000,
                writeNanos / 1_000_000);
    }

    private void writeBatch(long runId, List<Prepared> batch, CommuneResolver communes, ImportOptions options) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportInterruptedException();
        }
        Counts decided = new Counts();
        List<ImportRunItem> decidedItems = new ArrayList<>();
        List<ProviderImportWriter.Resolved> toWrite = new ArrayList<>();
        for (Prepared p : batch) {
            if (p instanceof Prepared.Decided d) {
                decided.done++;
                count(decided, d.item().outcome());
                decidedItems.add(d.item());
                continue;
            }
            ImportRecord rec = ((Prepared.ToWrite) p).record();
            Optional<CommuneRef> commune = communes.resolve(rec.inseeCode(), rec.postalCode(), rec.cityName());
            if (commune.isEmpty()) {
                decided.done++;
                decided.rejected++;
                decidedItems.add(rec.item(
                        ItemOutcome.REJECTED,
                        "UNKNOWN_COMMUNE",
                        null,
                        "INSEE " + rec.inseeCode() + ", postal code " + rec.postalCode() + ", " + rec.cityName(),
                        null));
            } else if (!commune.get().inTerritory() && !options.allCommunes()) {
                decided.done++;
                decided.skipped++;
                decidedItems.add(rec.item(
                        ItemOutcome.SKIPPED,
                        "OUTSIDE_TERRITORY",
                        null,
                        commune.get().code() + " " + commune.get().name(),
                        null));
            } else {
                toWrite.add(new ProviderImportWriter.Resolved(
                        rec,
                        commune.get().code(),
                        commune.get().name(),
                        !commune.get().inTerritory()));
            }
        }
        try {
            tx.executeWithoutResult(s -> {
                Counts counts = new Counts();
                counts.add(decided);
                List<ImportRunItem> items = new ArrayList<>(decidedItems);
                tally(writer.write(toWrite), counts, items);
                runs.progress(runId, counts, items);
            });
        } catch (ImportRunStoppedException stopped) {
            throw stopped;
        } catch (RuntimeException batchFailure) {
            if (toWrite.isEmpty()) {
                throw batchFailure;
            }
            log.warn(
                    "Import run {}: a batch failed ({}), writing its records one by one",
                    runId,
                    batchFailure.toString());
            tx.executeWithoutResult(s -> runs.progress(runId, decided, decidedItems));
            for (ProviderImportWriter.Resolved r : toWrite) {
                writeAlone(runId, r);
            }
        }
    }

    private void writeAlone(long runId, ProviderImportWriter.Resolved r) {
        try {
            tx.executeWithoutResult(s -> {
                Counts counts = new Counts();
                List<ImportRunItem> items = new ArrayList<>();
                tally(writer.write(List.of(r)), counts, items);
                runs.progress(runId, counts, items);
            });
        } catch (ImportRunStoppedException stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            log.warn("Import run {}: record {} rejected: {}", runId, r.record().identity(), e.toString());
            Counts counts = new Counts();
            counts.done = 1;
            counts.rejected = 1;
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String detail = String.valueOf(cause.getMessage());
            tx.executeWithoutResult(s -> runs.progress(
                    runId,
                    counts,
                    List.of(r.record().item(ItemOutcome.REJECTED, "DATABASE_ERROR", null, detail, null))));
        }
    }

    private static void tally(List<ProviderImportWriter.Written> written, Counts counts, List<ImportRunItem> items) {
        for (ProviderImportWriter.Written w : written) {
            counts.done++;
            if (w.result() == null) {
                counts.rejected++;
            } else {
                switch (w.result()) {
                    case CREATED -> counts.created++;
                    case UPDATED -> counts.updated++;
                    case UNCHANGED -> counts.unchanged++;
                }
            }
            for (ImportRunItem item : w.items()) {
                if (item.outcome() == ItemOutcome.CORRECTION_KEPT) {
                    counts.correctionsKept++;
                }
            }
            items.addAll(w.items());
        }
    }

    private static void count(Counts counts, ItemOutcome outcome) {
        if (outcome == ItemOutcome.SKIPPED) {
            counts.skipped++;
        } else if (outcome == ItemOutcome.REJECTED) {
            counts.rejected++;
        }
    }

    /** The thread running the import was interrupted (node shutting down). */
    static final class ImportInterruptedException extends RuntimeException {
        ImportInterruptedException() {
            super("interrupted");
        }
    }
}
