package fr.ambassade.providers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
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

    @Test
    void aRunLeftRunningIsMarkedInterruptedAndRunningTheFileAgainCompletesIt() {
        Path flow = TestFlows.archive2020();
        // a node died during this run: RUNNING, with an old heartbeat
        long dead = runs.start(ImportKind.DATATOURISME, "flow.zip", flow.toString(), true, "test", null);
        jdbc.update("update import_run set heartbeat_at = now() - interval '1 hour', total = 37, done = 12 where id = ?",
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
        long dead = runs.start(ImportKind.DATATOURISME, "flow", TestFlows.archive2020().toString(), true, "test", null);
        recovery.recover(Duration.ZERO);
        long again = imports.rerun(dead, "test-rerun");
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
        assertThatThrownBy(() -> imports.rerun(again, "test")).isInstanceOf(IllegalStateException.class);
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
