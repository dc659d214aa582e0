package fr.ambassade.providers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One import at a time; a run left RUNNING by a stopped node is marked interrupted and a new run completes it. */
@IntegrationTest
class ImportRecoveryTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    ImportRecovery recovery;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LockProvider locks;

    @Test
    void theMinuteRecoveryRunsOnOneNodeAtATime() {
        recovery.recoverStale();

        // the round holds its lock for at least 30 seconds: another node asking for it now skips its round
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = ? and lock_until > localtimestamp",
                        Integer.class,
                        ImportRecovery.LOCK))
                .isEqualTo(1);
        assertThat(locks.lock(new LockConfiguration(
                        Instant.now(), ImportRecovery.LOCK, Duration.ofMinutes(1), Duration.ZERO)))
                .isEmpty();
    }

    @Test
    void aRunLeftRunningIsMarkedInterruptedAndRunningTheFileAgainCompletesIt() {
        Path flow = TestFlows.archive2020();
        // a node died during this run: RUNNING, with an old heartbeat
        long dead = runs.start(ImportKind.DATATOURISME, "flow.zip", flow.toString(), true, "test", null);
        jdbc.update(
                "update import_run set heartbeat_at = now() - interval '1 hour', total = 37, done = 12 where id = ?",
                dead);

        // while it is RUNNING, no other import may start
        assertThatThrownBy(() -> runs.start(ImportKind.CSV, "x.csv", null, false, "test", null))
                .isInstanceOf(ImportAlreadyRunningException.class);
        assertThatThrownBy(() -> imports.importDatatourisme(flow, ImportOptions.everyCommune(), "test"))
                .isInstanceOf(ImportAlreadyRunningException.class);

        // a live run on another node (recent heartbeat) is left alone by the periodic check
        assertThat(recovery.recover(ImportRecovery.STALE_AFTER)).contains(dead);
        assertThat(runs.find(dead).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);

        ImportRun again = imports.importDatatourisme(flow, ImportOptions.everyCommune(), "test");
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.done()).isEqualTo(37);
        assertThat(again.rejected()).isZero();
    }

    @Test
    void anInterruptedRunIsRunAgainFromItsFile() throws InterruptedException {
        long dead = runs.start(
                ImportKind.DATATOURISME, "flow", TestFlows.archive2020().toString(), true, "test", null);
        recovery.recover(Duration.ZERO);
        long again = imports.rerun(dead, "test-rerun", true);
        ImportRun run = runs.find(again).orElseThrow();
        for (int i = 0; i < 600 && !run.finished(); i++) {
            Thread.sleep(100);
            run = runs.find(again).orElseThrow();
        }
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rerunOf()).isEqualTo(dead);
        assertThat(run.allCommunes()).isTrue();
        assertThat(run.done()).isEqualTo(37);
        // a server folder is not an upload: it stays
        assertThat(run.sourcePath()).isEqualTo(TestFlows.archive2020().toString());
        assertThatThrownBy(() -> imports.rerun(again, "test", true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunMarkedInterruptedWhileItsWriterIsAliveStopsWritingAndLeavesTheNextImportAlone(@TempDir Path tmp)
            throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.writeString(
                tmp.resolve("providers.csv"),
                CsvImportTest.HEADER + "\r\n" + "Estaminet tardif " + tag
                        + ";restauration;;62119;62400;Béthune;;;;;;;;;;LATE-" + tag + "\r\n");
        // this node's import lost its heartbeat: another node's recovery marks it interrupted, which releases the
        // one-import guard, and a new import starts
        long stale = runs.start(ImportKind.CSV, "providers.csv", csv.toString(), false, "node-a", null);
        jdbc.update("update import_run set heartbeat_at = now() - interval '1 hour' where id = ?", stale);
        assertThat(recovery.recover(ImportRecovery.STALE_AFTER)).contains(stale);
        long next = runs.start(ImportKind.CSV, "other.csv", null, false, "node-b", null);
        try {
            // the stale writer was alive after all and goes on
            imports.execute(stale, ImportKind.CSV, csv, ImportOptions.defaults(), "node-a", false);

            ImportRun run = runs.find(stale).orElseThrow();
            assertThat(run.status()).isEqualTo(ImportStatus.INTERRUPTED);
            assertThat(run.errorCode()).isEqualTo("providers.imports.error.noLongerRunning");
            assertThat(run.done()).isZero();
            assertThat(runs.itemCount(stale)).isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from provider where name = ?", Integer.class, "Estaminet tardif " + tag))
                    .isZero();
            assertThat(runs.find(next).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
            assertThat(runs.running().orElseThrow().id()).isEqualTo(next);
        } finally {
            runs.interrupt(next);
        }
    }

    @Test
    void aBatchIsWrittenOnlyWhileItsRunIsRunning() {
        long run = runs.start(ImportKind.CSV, "x.csv", null, false, "test", null);
        runs.progress(run, ImportRuns.Counts.of(1, 1, 0, 0, 0, 0), List.of());
        recovery.recover(Duration.ZERO);
        ImportRunItem late = new ImportRunItem(2, "late", "Late", ItemOutcome.REJECTED, "X", null, null, null);
        assertThatThrownBy(() -> runs.progress(run, ImportRuns.Counts.of(1, 0, 0, 0, 0, 1), List.of(late)))
                .isInstanceOf(ImportRunStoppedException.class);
        assertThatThrownBy(() -> runs.total(run, 10)).isInstanceOf(ImportRunStoppedException.class);
        assertThat(runs.complete(run)).isFalse();
        ImportRun after = runs.find(run).orElseThrow();
        assertThat(after.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(after.done()).isEqualTo(1);
        assertThat(runs.itemCount(run)).isZero();
    }

    @Test
    void startUpMarksEveryRunningRunWithTheEmbeddedDatabase() {
        long run = runs.start(ImportKind.CSV, "x.csv", null, false, "test", null);
        assertThat(recovery.recover(Duration.ofHours(1))).doesNotContain(run);
        assertThat(runs.find(run).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(recovery.recover(Duration.ZERO)).contains(run);
        assertThat(runs.find(run).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
    }
}
