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

    /**
     * Starts the renewal of the provider's title for the acting user (a manager of the establishment, or staff): a
     * RENEWAL draft pre-filled with the motivation and self-assessments of the provider's latest accepted application,
     * which its candidate edits and submits on {@link #candidatePage}. Refused ({@link fr.ambassade.shared.RefusedChange})
     * when the provider is not an ambassador or already has an open application; 404 for an establishment the user
     * does not manage. The membership module checks the membership first.
     */
    ApplicationSummary startRenewal(long providerId);

    /** The provider-space page where the candidate edits, submits and follows an application. */
    static String candidatePage(long applicationId) {
        return "/espace/candidature/" + applicationId;
    }
}
