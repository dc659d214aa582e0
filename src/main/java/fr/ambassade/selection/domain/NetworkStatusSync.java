package fr.ambassade.selection.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import org.springframework.stereotype.Component;

/**
 * Keeps the provider's network status in step with a new application (through the providers facade, by its allowed
 * ways): submitted → CANDIDATE; declined or withdrawn → back to NONE, or FORMER for a provider accepted before. An
 * accepted candidate stays CANDIDATE: the membership module makes it an ambassador when the charter is signed.
 * Renewals do not change it (the membership module decides).
 */
@Component
class NetworkStatusSync {

    private final Providers providers;
    private final ApplicationRepository applications;

    NetworkStatusSync(Providers providers, ApplicationRepository applications) {
        this.providers = providers;
        this.applications = applications;
    }

    void submitted(Application a) {
        if (a.getKind() == ApplicationKind.NEW) {
            change(a.getProviderId(), NetworkStatus.CANDIDATE, "application " + a.getId() + " submitted");
        }
    }

    void closedWithoutTitle(Application a) {
        if (a.getKind() != ApplicationKind.NEW || a.getProviderId() == null) {
            return;
        }
        boolean wasAmbassador = applications.existsByProviderIdAndState(a.getProviderId(), ApplicationState.ACCEPTED);
        change(
                a.getProviderId(),
                wasAmbassador ? NetworkStatus.FORMER : NetworkStatus.NONE,
                "application " + a.getId() + " " + a.getState().name().toLowerCase());
    }

    private void change(Long providerId, NetworkStatus to, String reason) {
        if (providerId == null) {
            return;
        }
        NetworkStatus now =
                providers.byId(providerId).map(ProviderSummary::networkStatus).orElse(null);
        if (now != null && now != to && now.canBecome(to)) {
            providers.changeNetworkStatus(providerId, to, reason);
        }
    }
}
