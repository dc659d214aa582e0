package fr.ambassade.providers.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the providers index on a start with an empty index but providers in the database (first start, index
 * directory lost, migration from another backend). Runs after the demo data (@Order 40).
 */
@Component
@Order(50)
class ProviderIndexOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProviderIndexOnStartup.class);

    private final ProviderIndexer indexer;
    private final ProviderRepository providers;

    ProviderIndexOnStartup(ProviderIndexer indexer, ProviderRepository providers) {
        this.indexer = indexer;
        this.providers = providers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (indexer.indexedCount() == 0 && providers.count() > 0) {
            log.info("Providers index is empty: building it");
            indexer.startRebuild();
        }
    }
}
