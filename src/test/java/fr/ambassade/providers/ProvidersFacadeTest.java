package fr.ambassade.providers;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProvidersFacadeTest {

    @Autowired
    Providers facade;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ProviderService service;

    @Autowired
    TransactionTemplate tx;

    @Test
    void answersSummariesFollowingMergesAndChangesNetworkStatus() {
        long a = tx.execute(s -> providers
                .save(aProvider().named(unique("Cave à bières")).build())
                .id());
        long b = tx.execute(s -> providers
                .save(aProvider().named(unique("Cave a bieres")).build())
                .id());
        service.merge(a, b);
        assertThat(facade.byId(b)).get().extracting(ProviderSummary::id).isEqualTo(a);
        assertThat(facade.byIds(List.of(a, b))).extracting(ProviderSummary::id).containsExactly(a);
        facade.changeNetworkStatus(a, NetworkStatus.CANDIDATE, "application submitted");
        assertThat(facade.byId(a))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.CANDIDATE);
        assertThat(facade.byId(987_654_321L)).isEmpty();
    }

    @Test
    void demoDataHasTheDeterministicAmbassadorAndCandidate() {
        assertThat(providers.byExternalId(
                        fr.ambassade.providers.domain.ExternalIdScheme.SOURCE_SYSTEM, "demo:ambassador"))
                .get()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Estaminet du Beffroi");
                    assertThat(p.communeCode()).isEqualTo("62119");
                    assertThat(p.networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
                });
        assertThat(providers.byExternalId(
                        fr.ambassade.providers.domain.ExternalIdScheme.SOURCE_SYSTEM, "demo:candidate"))
                .get()
                .extracting(p -> p.networkStatus())
                .isEqualTo(NetworkStatus.CANDIDATE);
        assertThat(providers.countDemo()).isGreaterThanOrEqualTo(150);
    }
}
