package fr.ambassade.providers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes whole providers described by {@link ProviderSeed}s, without history entries: the demo data
 * ({@code providers/demo}) and tests. Staff changes go through {@link ProviderService} (audited), imports through
 * {@link ProviderImports}.
 */
@Service
public class ProviderSeeding {

    private final ProviderRepository providers;

    ProviderSeeding(ProviderRepository providers) {
        this.providers = providers;
    }

    /** Saves the providers in the caller's transaction (or one of its own); returns their ids, in order. */
    @Transactional
    public List<Long> createAll(List<ProviderSeed> seeds) {
        return providers.saveAll(seeds.stream().map(ProviderSeed::toProvider).toList()).stream()
                .map(Provider::getId)
                .toList();
    }

    /** The provider holding this external identifier, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(ExternalIdScheme scheme, String value) {
        return providers.findByExternalId(scheme, value).map(Provider::getId);
    }
}
