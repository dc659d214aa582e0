package fr.ambassade.providers.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the providers index on a start with providers in the database and an empty index (first start, index
 * directory lost, migration from another backend) or an index built with an older mapping
 * ({@link ProviderIndexer#MAPPING_VERSION}: fields added or changed by an upgrade). Runs after the demo data
 * (@Order 40), in the background: the application answers meanwhile.
 */
@Component
@Order(50)
class ProviderIndexOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProviderIndexOnStartup.class);

    private final ProviderIndexer indexer;
    private final ProviderRepository providers;
    /** No provider when the context was created (before any seeding): whatever gets indexed follows this mapping. */
    private final boolean emptyAtStart;

    ProviderIndexOnStartup(ProviderIndexer indexer, ProviderRepository providers) {
        this.indexer = indexer;
        this.providers = providers;
        this.emptyAtStart = providers.count() == 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(emptyAtStart);
    }

    /** @param newInstallation no provider in the database when the application started */
    void check(boolean newInstallation) {
        if (newInstallation || providers.count() == 0) {
            // a new installation: the demo data (if any) were indexed as they were created, with this mapping
            indexer.markMappingCurrent();
        } else if (indexer.indexedCount() == 0) {
            log.info("Providers index is empty: building it");
            indexer.startRebuild();
        } else if (!indexer.mappingCurrent()) {
            log.info(
                    "Providers index was built with an older mapping: rebuilding it (version {})",
                    ProviderIndexer.MAPPING_VERSION);
            indexer.startRebuild();
        }
    }
}
