package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderMother;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test access to the package-private provider entity: saves {@link ProviderSeed}s (from {@link ProviderMother})
 * straight to the repository, without history entries, and reads providers back as {@link ProviderView}, merged ones
 * included. A {@code @Component} of the test classpath, like {@code ProviderEventsProbe}.
 */
@Component
public class ProviderFixtures {

    private final ProviderRepository providers;

    ProviderFixtures(ProviderRepository providers) {
        this.providers = providers;
    }

    /** The entity of a mother, not saved (the id of {@link ProviderMother#withId} set), for plain unit tests. */
    static Provider entity(ProviderMother mother) {
        Provider p = mother.build().toProvider();
        if (mother.presetId() != null) {
            ReflectionTestUtils.setField(p, "id", mother.presetId());
        }
        return p;
    }

    @Transactional
    public ProviderView save(ProviderSeed seed) {
        return ProviderView.of(providers.saveAndFlush(seed.toProvider()));
    }

    @Transactional
    public ProviderView save(ProviderMother mother) {
        return save(mother.build());
    }

    @Transactional(readOnly = true)
    public ProviderView get(long id) {
        return ProviderView.of(providers.findById(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Optional<ProviderView> find(long id) {
        return providers.findById(id).map(ProviderView::of);
    }

    @Transactional(readOnly = true)
    public Optional<ProviderView> byExternalId(ExternalIdScheme scheme, String value) {
        return providers.findByExternalId(scheme, value).map(ProviderView::of);
    }

    @Transactional(readOnly = true)
    public long countDemo() {
        return providers.countByDemoTrue();
    }

    /** A network status change as the domain allows it (NetworkStatus.canBecome), without event or history. */
    @Transactional
    public ProviderView changeNetworkStatus(long id, NetworkStatus to) {
        Provider p = providers.findById(id).orElseThrow();
        p.changeNetworkStatus(to);
        return ProviderView.of(providers.saveAndFlush(p));
    }
}
