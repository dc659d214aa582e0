package fr.ambassade.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates the data directory at start (the disk-space health check and the index and media stores need it). */
@Component
class DataDirectoryInitializer {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryInitializer.class);

    DataDirectoryInitializer(AmbassadeProperties properties, RunMode runMode) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not create the data directory "
                            + properties.dataDir().toAbsolutePath() + " (set AMBASSADE_DATA_DIR): " + e.getMessage(),
                    e);
        }
        log.info(
                "Ambassade runs with {}, data directory {}",
                runMode,
                properties.dataDir().toAbsolutePath());
    }
}
