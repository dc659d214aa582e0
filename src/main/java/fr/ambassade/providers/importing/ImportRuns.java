package fr.ambassade.providers.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The run history ({@code import_run}, {@code import_run_item}), in plain JDBC: runs are written from the import
 * loop (progress, items in batches) and read by the pages, never as an entity graph.
 */
@Repository
public class ImportRuns {

    private static final String COLUMNS = "id, kind, source_name, source_path, all_communes, status, started_at, "
            + "finished_at, total, done, created, updated, unchanged, skipped, rejected, corrections_kept, error_code, "
            + "error_message, started_by, rerun_of";

    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new RUNNING run.
     *
     * @throws ImportAlreadyRunningException when another run is RUNNING (unique partial index, across nodes)
     */
    public long start(
            ImportKind kind,
            String sourceName,
            String sourcePath,
            boolean allCommunes,
            String startedBy,
            Long rerunOf) {
        try {
            return jdbc.queryForObject(
                    "insert into import_run (kind, source_name, source_path, all_communes, status, "
                            + "started_by, rerun_of) values (?, ?, ?, ?, 'RUNNING', ?, ?) returning id",
                    Long.class,
                    kind.name(),
                    sourceName,
                    sourcePath,
                    allCommunes,
                    startedBy,
                    rerunOf);
        } catch (DuplicateKeyException e) {
            throw new ImportAlreadyRunningException();
        }
    }

    /**
     * Records the number of records to import, while the run is RUNNING.
     *
     * @throws ImportRunStoppedException when the run is no longer RUNNING
     */
    public void total(long runId, int total) {
        if (jdbc.update(
                        "update import_run set total = ?, heartbeat_at = now() where id = ? and status = 'RUNNING'",
                        total,
                        runId)
                == 0) {
            throw new ImportRunStoppedException(runId);
        }
    }

    /**
     * Adds a batch's counts and report lines; called in the batch's transaction, and only while the run is RUNNING.
     * The update locks the run's row until the batch commits, so another node's recovery either marks the run
     * before (this batch then throws and rolls back with the records it wrote) or sees the fresh heartbeat.
     *
     * @throws ImportRunStoppedException when the run is no longer RUNNING (marked interrupted while its writer was
     *     alive): nothing of the batch may be committed
     */
    public void progress(long runId, Counts counts, List<ImportRunItem> items) {
        int updated = jdbc.update(
                "update import_run set done = done + ?, created = created + ?, updated = updated + ?, "
                        + "unchanged = unchanged + ?, skipped = skipped + ?, rejected = rejected + ?, "
                        + "corrections_kept = corrections_kept + ?, heartbeat_at = now() where id = ? and status = 'RUNNING'",
                counts.done,
                counts.created,
                counts.updated,
                counts.unchanged,
                counts.skipped,
                counts.rejected,
                counts.correctionsKept,
                runId);
        if (updated == 0) {
            throw new ImportRunStoppedException(runId);
        }
        if (!items.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into import_run_item (run_id, position, record_identity, record_name, outcome, "
                            + "reason_code, field, detail, provider_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    items,
                    200,
                    (ps, item) -> {
                        ps.setLong(1, runId);
                        ps.setObject(2, item.position());
                        ps.setString(3, cut(item.recordIdentity(), 1000));
                        ps.setString(4, cut(item.recordName(), 1000));
                        ps.setString(5, item.outcome().name());
                        ps.setString(6, item.reasonCode());
                        ps.setString(7, item.field());
                        ps.setString(8, cut(item.detail(), 2000));
                        ps.setObject(9, item.providerId());
                    });
        }
    }

    /** Marks the run COMPLETED; false when it was no longer RUNNING. */
    public boolean complete(long runId) {
        return jdbc.update(
                        "update import_run set status = 'COMPLETED', finished_at = now() where id = ? "
                                + "and status = 'RUNNING'",
                        runId)
                == 1;
    }

    /**
     * Gives the reason why a run that someone else ended (not RUNNING any more) stopped writing, unless it already
     * has one.
     */
    public void stoppedWriting(long runId, String message) {
        jdbc.update(
                "update import_run set error_code = ?, error_message = ? where id = ? and status <> 'RUNNING' "
                        + "and error_code is null",
                ImportRunStoppedException.REASON,
                cut(message, 2000),
                runId);
    }

    public void fail(long runId, String errorCode, String message) {
        jdbc.update(
                "update import_run set status = 'FAILED', finished_at = now(), error_code = ?, error_message = ? "
                        + "where id = ? and status = 'RUNNING'",
                errorCode,
                cut(message, 2000),
                runId);
    }

    public void interrupt(long runId) {
        jdbc.update(
                "update import_run set status = 'INTERRUPTED', finished_at = now() where id = ? and status = 'RUNNING'",
                runId);
    }

    /**
     * Marks as INTERRUPTED the RUNNING runs whose last sign of life is older than {@code staleAfter} (zero: every
     * RUNNING run, as at the start of the single node of the embedded mode).
     *
     * @return the ids of the runs marked
     */
    public List<Long> markInterrupted(Duration staleAfter) {
        return jdbc.queryForList(
                "update import_run set status = 'INTERRUPTED', finished_at = now() "
                        + "where status in ('RUNNING', 'QUEUED') and heartbeat_at <= now() - (? * interval '1 millisecond') "
                        + "returning id",
                Long.class,
                staleAfter.toMillis());
    }

    public Optional<ImportRun> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_run where id = ?", RUN, id).stream()
                .findFirst();
    }

    public List<ImportRun> recent(int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from import_run order by started_at desc, id desc limit ?", RUN, limit);
    }

    public Optional<ImportRun> running() {
        return jdbc.query("select " + COLUMNS + " from import_run where status = 'RUNNING'", RUN).stream()
                .findFirst();
    }

    public List<ImportRunItem> items(long runId, int limit) {
        return jdbc.query(
                "select position, record_identity, record_name, outcome, reason_code, field, detail, "
                        + "provider_id from import_run_item where run_id = ? order by id limit ?",
                ITEM,
                runId,
                limit);
    }

    /** Streams every item of a run in order (for the CSV report). */
    public void eachItem(long runId, Consumer<ImportRunItem> consumer) {
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "select position, record_identity, record_name, outcome, reason_code, field, "
                                    + "detail, provider_id from import_run_item where run_id = ? order by id");
                    ps.setLong(1, runId);
                    ps.setFetchSize(500);
                    return ps;
                },
                rs -> {
                    consumer.accept(ITEM.mapRow(rs, 0));
                });
    }

    public int itemCount(long runId) {
        Integer n = jdbc.queryForObject("select count(*) from import_run_item where run_id = ?", Integer.class, runId);
        return n == null ? 0 : n;
    }

    /** Forgets the source path (the uploaded file was deleted). */
    public void clearSourcePath(long runId) {
        jdbc.update("update import_run set source_path = null where id = ?", runId);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<ImportRun> RUN = (rs, n) -> new ImportRun(
            rs.getLong("id"),
            ImportKind.valueOf(rs.getString("kind")),
            rs.getString("source_name"),
            rs.getString("source_path"),
            rs.getBoolean("all_communes"),
            ImportStatus.valueOf(rs.getString("status")),
            instant(rs, "started_at"),
            instant(rs, "finished_at"),
            rs.getInt("total"),
            rs.getInt("done"),
            rs.getInt("created"),
            rs.getInt("updated"),
            rs.getInt("unchanged"),
            rs.getInt("skipped"),
            rs.getInt("rejected"),
            rs.getInt("corrections_kept"),
            rs.getString("error_code"),
            rs.getString("error_message"),
            rs.getString("started_by"),
            (Long) rs.getObject("rerun_of"));

    private static final RowMapper<ImportRunItem> ITEM = (rs, n) -> new ImportRunItem(
            (Integer) rs.getObject("position"),
            rs.getString("record_identity"),
            rs.getString("record_name"),
            ItemOutcome.valueOf(rs.getString("outcome")),
            rs.getString("reason_code"),
            rs.getString("field"),
            rs.getString("detail"),
            (Long) rs.getObject("provider_id"));

    /** Counts of one batch (mutable, filled by the import loop). */
    public static final class Counts {
        int done;
        int created;
        int updated;
        int unchanged;
        int skipped;
        int rejected;
        int correctionsKept;

        public Counts() {}

        /** Counts of records processed (for tests and tools that write progress by hand). */
        public static Counts of(int done, int created, int updated, int unchanged, int skipped, int rejected) {
            Counts c = new Counts();
            c.done = done;
            c.created = created;
            c.updated = updated;
            c.unchanged = unchanged;
            c.skipped = skipped;
            c.rejected = rejected;
            return c;
        }

        public void add(Counts other) {
            done += other.done;
            created += other.created;
            updated += other.updated;
            unchanged += other.unchanged;
            skipped += other.skipped;
            rejected += other.rejected;
            correctionsKept += other.correctionsKept;
        }
    }
}
