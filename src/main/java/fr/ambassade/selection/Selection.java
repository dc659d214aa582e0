package fr.ambassade.selection;

import java.util.List;
import java.util.Optional;

/** The selection module's facade for other modules (membership, dashboard). */
public interface Selection {

    /** The application, if it exists. */
    Optional<ApplicationSummary> byId(long applicationId);

    /** The provider's applications, newest first. */
    List<ApplicationSummary> ofProvider(long providerId);

    /**
     * Whether a renewal of the provider's membership was submitted and is not decided yet: the membership then stays
     * active past its renewal date until the decision.
     */
    boolean hasRenewalInProgress(long providerId);
}
