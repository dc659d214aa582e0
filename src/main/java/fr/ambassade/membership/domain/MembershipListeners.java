package fr.ambassade.membership.domain;

import fr.ambassade.providers.ProviderMerged;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationSubmitted;
import fr.ambassade.settings.DestinationSettingsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the membership module learns from the modules below it, after their commit (each listener is idempotent: a
 * delivery that failed is republished).
 */
@Component
class MembershipListeners {

    private final MembershipService memberships;

    MembershipListeners(MembershipService memberships) {
        this.memberships = memberships;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        memberships.applicationDecided(decided);
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        memberships.applicationSubmitted(submitted);
    }

    /** A merged provider's memberships and offers move onto the survivor. */
    @ApplicationModuleListener
    void on(ProviderMerged merged) {
        memberships.providerMerged(merged.mergedId(), merged.survivorId());
    }

    /** A new charter version asks every active ambassador to sign it. */
    @ApplicationModuleListener
    void on(DestinationSettingsChanged changed) {
        if (changed.part() == DestinationSettingsChanged.Part.CHARTER) {
            memberships.charterPublished((int) changed.version());
        }
    }
}
