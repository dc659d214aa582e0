package fr.ambassade.providers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ProviderIndexer;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderSearch;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class ProviderIndexerTest {

    @Autowired
    ProviderIndexer indexer;

    @Autowired
    ProviderSearch search;

    @Test
    void rebuildsTheIndexWithProgress() {
        indexer.rebuildAndWait();
        ProviderIndexer.Progress progress = indexer.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.error()).isNull();
        assertThat(progress.done()).isGreaterThanOrEqualTo(150);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(indexer.indexedCount()).isGreaterThanOrEqualTo(150);
        assertThat(search.search(ProviderQuery.text("estaminet beffroi"), PageRequest.of(0, 10))
                        .page()
                        .getContent())
                .extracting(p -> p.name())
                .contains("Estaminet du Beffroi");
    }
}
