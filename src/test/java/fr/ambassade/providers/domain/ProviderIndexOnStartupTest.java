package fr.ambassade.providers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class ProviderIndexOnStartupTest {

    @Autowired
    ProviderIndexOnStartup onStartup;

    @Autowired
    ProviderIndexer indexer;

    @Autowired
    ProviderSearch search;

    @Autowired
    AmbassadeProperties properties;

    @Test
    void rebuildsAnIndexBuiltWithAnOlderMapping() throws Exception {
        Path version = properties.indexDir().resolve("provider.mapping-version");
        Files.writeString(version, (ProviderIndexer.MAPPING_VERSION - 1) + "\n");
        assertThat(indexer.mappingCurrent()).isFalse();
        Instant before = Instant.now();

        onStartup.check(false);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!(indexer.progress().finishedAt() != null
                && indexer.progress().finishedAt().isAfter(before))) {
            assertThat(Instant.now()).as("rebuild finished in time").isBefore(deadline);
            Thread.sleep(50);
        }
        assertThat(indexer.progress().error()).isNull();
        assertThat(indexer.mappingCurrent()).isTrue();
        assertThat(Files.readString(version).strip()).isEqualTo(String.valueOf(ProviderIndexer.MAPPING_VERSION));
        // the rebuilt index answers on the new fields: a demo provider found by its commune (keywords field)
        assertThat(search.search(ProviderQuery.text("estaminet beffroi"), PageRequest.of(0, 10))
                        .page()
                        .getContent())
                .extracting(ProviderRow::name)
                .contains("Estaminet du Beffroi");
    }

    @Test
    void leavesACurrentIndexAlone() throws Exception {
        indexer.markMappingCurrent();
        ProviderIndexer.Progress before = indexer.progress();
        onStartup.check(false);
        assertThat(indexer.progress()).isEqualTo(before);
    }

    @Test
    void aNewInstallationIsCurrentWithoutRebuilding() throws Exception {
        Path version = properties.indexDir().resolve("provider.mapping-version");
        Files.deleteIfExists(version);
        ProviderIndexer.Progress before = indexer.progress();
        onStartup.check(true);
        assertThat(indexer.progress()).isEqualTo(before);
        assertThat(indexer.mappingCurrent()).isTrue();
    }
}
