package fr.ambassade.providers.domain;

import fr.ambassade.config.AmbassadeProperties;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the providers index with the MassIndexer, one run at a time, in the background, with progress that the
 * admin page can show.
 */
@Service
public class ProviderIndexer {

    private static final Logger log = LoggerFactory.getLogger(ProviderIndexer.class);

    /** Progress of the latest run. */
    public record Progress(
            boolean running, long done, long total, Instant startedAt, Instant finishedAt, String error) {

        public int percent() {
            return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public boolean started() {
            return startedAt != null;
        }
    }

    /**
     * Version of the indexed fields: raise it whenever the mapping of {@link Provider} changes (a field added,
     * renamed or analysed differently), so that an existing index is rebuilt at the next start. 2: one
     * {@code keywords} field and the French {@code description} instead of a field per source; 3: the
     * {@code facet} field (category and network status).
     */
    public static final int MAPPING_VERSION = 3;

    private final EntityManagerFactory emf;
    private final ProviderRepository providers;
    private final Path versionFile;
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(false, 0, 0, null, null, null));

    ProviderIndexer(EntityManagerFactory emf, ProviderRepository providers, AmbassadeProperties properties) {
        this.emf = emf;
        this.providers = providers;
        this.versionFile = properties.indexDir().resolve("provider.mapping-version");
    }

    /** Whether the index on disk was built with the current {@link #MAPPING_VERSION}. */
    public boolean mappingCurrent() {
        try {
            return Files.isRegularFile(versionFile)
                    && Files.readString(versionFile).strip().equals(String.valueOf(MAPPING_VERSION));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the index on disk follows the current mapping (after a rebuild, or on an empty directory). */
    public void markMappingCurrent() {
        try {
            Files.createDirectories(versionFile.getParent());
            Files.writeString(versionFile, MAPPING_VERSION + "\n");
        } catch (IOException e) {
            log.warn("Could not write {}: the index will be rebuilt at the next start", versionFile, e);
        }
    }

    public Progress progress() {
        return progress.get();
    }

    /** Number of providers in the index. */
    public long indexedCount() {
        var em = emf.createEntityManager();
        try {
            return Search.session(em)
                    .search(Provider.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean startRebuild() {
        if (progress.get().running()) {
            return false;
        }
        long total = providers.count();
        Instant start = Instant.now();
        AtomicLong done = new AtomicLong();
        progress.set(new Progress(true, 0, total, start, null, null));
        MassIndexingMonitor monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                long d = done.addAndGet(increment);
                progress.set(new Progress(true, d, total, start, null, null));
            }

            @Override
            public void documentsBuilt(long increment) {}

            @Override
            public void entitiesLoaded(long increment) {}

            @Override
            public void indexingCompleted() {}
        };
        Search.mapping(emf)
                .scope(Provider.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                .monitor(monitor)
                .start()
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the providers index failed", failure);
                    } else {
                        log.info("Providers index rebuilt: {} documents", done.get());
                        markMappingCurrent();
                    }
                    progress.set(new Progress(
                            false,
                            done.get(),
                            total,
                            start,
                            Instant.now(),
                            failure == null ? null : String.valueOf(failure.getMessage())));
                });
        return true;
    }

    /** Rebuilds synchronously (start-up and tests). */
    public void rebuildAndWait() {
        startRebuild();
        while (progress.get().running()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
