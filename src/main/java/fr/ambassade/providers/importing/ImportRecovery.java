package fr.ambassade.providers.importing;

import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Marks as INTERRUPTED the imports that a stopped or killed node left RUNNING, so that the one-import-at-a-time
 * guard is released and staff see what happened (running the file again completes it).
 *
 * <p>With the embedded database only one process can use the data (its lock file), so at start-up every RUNNING
 * run is over. With a shared database another node may be importing: only runs without a sign of life for
 * {@link #STALE_AFTER} are marked (a running import beats its heart at every batch), at start-up and every minute
 * (on one node at a time: ShedLock).
 */
@Component
@Order(15)
class ImportRecovery implements ApplicationRunner {

    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    /** The ShedLock name of {@link #recoverStale()}. */
    static final String LOCK = "providers.import-recovery";

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportRuns runs;
    private final boolean embedded;

    ImportRecovery(ImportRuns runs, Environment env) {
        this.runs = runs;
        this.embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    @Override
    public void run(ApplicationArguments args) {
        recover(embedded ? Duration.ZERO : STALE_AFTER);
    }

    /** Once a minute on one node of all (one UPDATE is enough; every node running it would only repeat it). */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void recoverStale() {
        recover(STALE_AFTER);
    }

    /** Marks the runs RUNNING without a sign of life for {@code staleAfter}; returns their ids. */
    List<Long> recover(Duration staleAfter) {
        List<Long> marked = runs.markInterrupted(staleAfter);
        if (!marked.isEmpty()) {
            log.warn("Import runs {} were left running by a stopped node: marked interrupted", marked);
        }
        return marked;
    }
}
