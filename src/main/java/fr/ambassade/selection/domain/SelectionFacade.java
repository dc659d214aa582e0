package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSummary;
import fr.ambassade.selection.Selection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The selection module's facade: what other modules read of the applications (never the raw scores). */
@Service
class SelectionFacade implements Selection {

    private static final Set<ApplicationState> RENEWAL_PENDING = EnumSet.of(
            ApplicationState.SUBMITTED,
            ApplicationState.UNDER_REVIEW,
            ApplicationState.VISIT_SCHEDULED,
            ApplicationState.EVALUATED,
            ApplicationState.IN_COMMITTEE,
            ApplicationState.DEFERRED);

    private final ApplicationRepository applications;
    private final ApplicationService service;

    SelectionFacade(ApplicationRepository applications, ApplicationService service) {
        this.applications = applications;
        this.service = service;
    }

    @Override
    @Transactional
    public ApplicationSummary startRenewal(long providerId) {
        ApplicationView draft = service.createRenewalDraft(providerId);
        return applications.findById(draft.id()).map(ApplicationView::summary).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicationSummary> byId(long applicationId) {
        return applications.findById(applicationId).map(ApplicationView::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationSummary> ofProvider(long providerId) {
        return applications.findByProviderIdOrderByCreatedAtDescIdDesc(providerId).stream()
                .map(ApplicationView::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasRenewalInProgress(long providerId) {
        // a deferred renewal waits for its review date: the membership stays active until the final decision
        return applications.existsByProviderIdAndKindAndStateIn(providerId, ApplicationKind.RENEWAL, RENEWAL_PENDING);
    }
}
