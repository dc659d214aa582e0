package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the module's events in the transaction of the change: listeners after commit
 * ({@code @ApplicationModuleListener}) are recorded in the event publication registry with it.
 */
@Component
class SelectionEvents {

    private final ApplicationEventPublisher events;

    SelectionEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void submitted(Application a) {
        events.publishEvent(new ApplicationSubmitted(
                a.getId(), a.getKind(), a.getProviderId(), a.getApplicantAccountId(), a.getSubmittedAt()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decided(Application a, Long byAccountId) {
        events.publishEvent(new ApplicationDecided(
                a.getId(),
                a.getKind(),
                a.getState(),
                a.getProviderId(),
                a.getApplicantAccountId(),
                a.getScorePercent(),
                a.getGridVersion(),
                a.getDecidedAt(),
                byAccountId));
    }
}
