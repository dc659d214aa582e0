package fr.ambassade.providers.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderMerged;
import fr.ambassade.providers.ProviderNetworkStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the module's events (its API, in {@code fr.ambassade.providers}) with the acting account, in the
 * transaction of the change: a listener that runs after commit ({@code @ApplicationModuleListener}) is recorded in
 * Spring Modulith's event publication registry with the change, and delivered even after a crash.
 */
@Component
class ProviderEvents {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    ProviderEvents(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void merged(long survivorId, long mergedId) {
        events.publishEvent(new ProviderMerged(survivorId, mergedId, actingAccountId()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void networkStatusChanged(long providerId, NetworkStatus from, NetworkStatus to) {
        events.publishEvent(new ProviderNetworkStatusChanged(providerId, from, to, actingAccountId()));
    }

    private Long actingAccountId() {
        return currentUser.current().map(AccountRef::id).orElse(null);
    }
}
