package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.ActingUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff invite a provider of the directory to apply (the OT chose its first ambassadors itself): the person's provider
 * account is created (or an existing provider account linked) with access to the establishment — staff chose it — and
 * a draft of kind NEW is created for the establishment. A new account receives the accounts module's invitation
 * e-mail, whose set-password link is a secret link (hashed, single-use, 7 days, issued at delivery); the selection's
 * invitation e-mail gives the address of the pre-filled application (no secret: it asks to sign in).
 */
@Service
public class InvitationService {

    static final String TEMPLATE = "selection-invitation";

    /** Where the set-password link leads after the login (the candidate's invited draft, web/CandidateController). */
    static final String INVITED_LANDING = "/espace/candidature/invitation";

    private final ApplicationService applications;
    private final Accounts accounts;
    private final Providers providers;
    private final MailOutbox outbox;
    private final AmbassadeProperties properties;

    InvitationService(
            ApplicationService applications,
            Accounts accounts,
            Providers providers,
            MailOutbox outbox,
            AmbassadeProperties properties) {
        this.applications = applications;
        this.accounts = accounts;
        this.providers = providers;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** What staff type: the address (the provider's by default), the person's name, the language of the e-mails. */
    public record Invitation(long providerId, String email, String displayName, Locale language) {}

    /** The provider invited (404 when unknown), for the form. */
    @Transactional(readOnly = true)
    public ProviderSummary provider(long providerId) {
        return providers.byId(providerId).orElseThrow(() -> new NotFoundException("provider " + providerId));
    }

    @Transactional
    public ApplicationView invite(Invitation invitation) {
        if (!ActingUser.hasAnyRole(SelectionRoles.MANAGERS)) {
            throw RefusedChange.of("selection.error.managersOnly");
        }
        ProviderSummary provider = provider(invitation.providerId());
        if (invitation.email() == null || !Email.isValid(invitation.email())) {
            throw RefusedChange.onField("email", "selection.invite.error.email");
        }
        if (invitation.displayName() == null || invitation.displayName().isBlank()) {
            throw RefusedChange.onField("displayName", "selection.invite.error.name");
        }
        applications.requireMayApply(provider.id(), ApplicationKind.NEW);
        boolean newAccount = accounts.byEmail(invitation.email()).isEmpty();
        AccountRef person;
        try {
            person = accounts.inviteProvider(
                    invitation.email(),
                    invitation.displayName().strip(),
                    invitation.language(),
                    Set.of(provider.id()),
                    // after setting the password and signing in, the person lands on the pre-filled draft
                    INVITED_LANDING);
        } catch (IllegalArgumentException e) {
            // a staff or resident account: refused as any other address that cannot be invited (says nothing more)
            throw RefusedChange.onField("email", "selection.invite.error.email");
        }
        ApplicationView draft = applications.createDraft(new Commands.NewApplication(
                ApplicationKind.NEW,
                provider.id(),
                person.id(),
                person.email(),
                invitation.language().getLanguage()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("displayName", person.displayName());
        model.put("providerName", provider.name());
        model.put("applicationUrl", base() + "/espace/candidature/" + draft.id());
        model.put("newAccount", newAccount);
        outbox.enqueue(OutgoingMail.of(
                person.email(),
                invitation.language(),
                TEMPLATE,
                "selection.mail.invitation.subject",
                model,
                provider.name()));
        return draft;
    }

    private String base() {
        String base = properties.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
