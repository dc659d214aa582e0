package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.accounts.EstablishmentAccess;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.NotPermitted;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: the candidate's draft, submission and withdrawal; the staff's review, a decline without a visit,
 * the reopening of a deferred file. Each transition writes its history line, audit entry and the candidate's e-mail
 * in one transaction ({@link ApplicationChanges}); submission and decisions publish the module's events. Visits and
 * evaluations: {@link VisitService}; committees: {@link CommitteeService}.
 */
@Service
public class ApplicationService {

    /** An application not closed yet: a provider has one at a time. */
    static final Set<ApplicationState> OPEN = EnumSet.of(
            ApplicationState.DRAFT,
            ApplicationState.SUBMITTED,
            ApplicationState.UNDER_REVIEW,
            ApplicationState.VISIT_SCHEDULED,
            ApplicationState.EVALUATED,
            ApplicationState.IN_COMMITTEE,
            ApplicationState.DEFERRED);

    private final ApplicationRepository applications;
    private final ApplicationChanges changes;
    private final CandidateMails mails;
    private final SelectionEvents events;
    private final NetworkStatusSync networkStatus;
    private final DestinationSettings settings;
    private final SelectionProperties properties;
    private final Accounts accounts;
    private final Providers providers;
    private final EstablishmentAccess access;
    private final DisplayTime displayTime;
    private final VisitScoring scoring;

    ApplicationService(
            ApplicationRepository applications,
            ApplicationChanges changes,
            CandidateMails mails,
            SelectionEvents events,
            NetworkStatusSync networkStatus,
            DestinationSettings settings,
            SelectionProperties properties,
            Accounts accounts,
            Providers providers,
            EstablishmentAccess access,
            DisplayTime displayTime,
            VisitScoring scoring) {
        this.applications = applications;
        this.changes = changes;
        this.mails = mails;
        this.events = events;
        this.networkStatus = networkStatus;
        this.settings = settings;
        this.properties = properties;
        this.accounts = accounts;
        this.providers = providers;
        this.access = access;
        this.displayTime = displayTime;
        this.scoring = scoring;
    }

    // reads

    /** The file, for staff. */
    @Transactional(readOnly = true)
    public ApplicationView get(long id) {
        return ApplicationView.of(changes.load(id));
    }

    /**
     * The file as its candidate sees it: 404 for anyone but its applicant, a manager of its establishment, or staff.
     */
    @Transactional(readOnly = true)
    public ApplicationView.CandidateApplicationView forCandidate(long id) {
        Application a = changes.load(id);
        requireCandidateOrStaff(a);
        return ApplicationView.of(a).forCandidate();
    }

    /** How many applications are in each state (every state, 0 included), for the queue. */
    @Transactional(readOnly = true)
    public Map<ApplicationState, Long> countsByState() {
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        for (ApplicationState s : ApplicationState.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : applications.countByState()) {
            counts.put((ApplicationState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The staff's application queue: one page of applications in a state and of a kind (null: any), the latest
     * changed first, with the establishment's name.
     */
    @Transactional(readOnly = true)
    public Page<QueueRow> queue(ApplicationState state, ApplicationKind kind, Pageable pageable) {
        Page<Application> page = applications.queue(state, kind, pageable);
        Map<Long, ProviderSummary> byId = new java.util.HashMap<>();
        providers
                .byIds(page.getContent().stream()
                        .map(Application::getProviderId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach(p -> byId.put(p.id(), p));
        return page.map(a -> {
            ProviderSummary p = a.getProviderId() == null ? null : byId.get(a.getProviderId());
            return new QueueRow(
                    a.getId(),
                    a.getKind(),
                    a.getState(),
                    a.getProviderId(),
                    p == null ? null : p.name(),
                    a.getSubmittedAt(),
                    a.getUpdatedAt(),
                    a.getScorePercent(),
                    p == null ? null : p.communeCode(),
                    p == null ? null : p.communeName(),
                    a.getVersion());
        });
    }

    /** A line of the staff's queue (the establishment's commune and the row's version for the API). */
    public record QueueRow(
            long id,
            ApplicationKind kind,
            ApplicationState state,
            Long providerId,
            String providerName,
            Instant submittedAt,
            Instant updatedAt,
            java.math.BigDecimal scorePercent,
            String communeCode,
            String communeName,
            long version) {}

    // the candidate's side

    /**
     * A new draft by the candidate (the acting account is the applicant) or by staff for a provider (inviting it to
     * apply: {@code invitedBy} is the staff member). Refused when the provider has an open application, or was
     * declined less than the reapplication delay ago.
     */
    @Transactional
    public ApplicationView createDraft(Commands.NewApplication command) {
        Optional<AccountRef> actor = changes.actorAccount();
        boolean staff = actor.map(AccountRef::isStaff).orElse(false);
        Long applicantId = command.applicantAccountId();
        if (!staff) {
            applicantId = actor.map(AccountRef::id).orElse(applicantId);
        }
        Long providerId = command.providerId();
        if (providerId != null) {
            if (!staff) {
                access.requireAccess(providerId);
            }
            requireMayApply(providerId, command.kind());
        }
        AccountRef applicant = applicantId == null ? null : accounts.require(applicantId);
        String email = firstNonBlank(
                command.candidateEmail(),
                applicant == null ? null : applicant.email(),
                providerId == null
                        ? null
                        : providers.byId(providerId).map(ProviderSummary::email).orElse(null));
        String language = firstNonBlank(
                command.language(),
                applicant == null ? null : applicant.locale().getLanguage(),
                "fr");
        Application a = new Application(
                command.kind() == null ? ApplicationKind.NEW : command.kind(),
                providerId,
                applicantId,
                staff ? actor.get().id() : null,
                email,
                language,
                actor.map(AccountRef::id).orElse(null),
                Instant.now());
        changes.recorded(a, null, staff ? "INVITED" : "CREATED", null, Optional.empty());
        return ApplicationView.of(a);
    }

    /**
     * A RENEWAL draft for an ambassador establishment, by a user who manages it (404 otherwise) or staff, pre-filled
     * with the motivation and the self-assessments (for the brand values of today) of the provider's latest accepted
     * application. Refused when the provider is not an ambassador, or has an open application (a renewal started
     * already, or any other).
     */
    @Transactional
    public ApplicationView createRenewalDraft(long providerId) {
        if (!ActingUser.hasAnyRole(Role.STAFF)) {
            access.requireAccess(providerId);
        }
        ProviderSummary provider =
                providers.byId(providerId).orElseThrow(() -> new NotFoundException("provider " + providerId));
        if (provider.networkStatus() != fr.ambassade.providers.NetworkStatus.AMBASSADOR) {
            throw RefusedChange.of("selection.error.renewalNotAmbassador", provider.name());
        }
        if (applications.existsByProviderIdAndStateIn(providerId, OPEN)) {
            throw RefusedChange.of("selection.error.renewalAlreadyOpen", provider.name());
        }
        ApplicationView created =
                createDraft(new Commands.NewApplication(ApplicationKind.RENEWAL, providerId, null, null, null));
        Optional<Application> previous =
                applications.findFirstByProviderIdAndStateOrderByDecidedAtDesc(providerId, ApplicationState.ACCEPTED);
        if (previous.isEmpty()) {
            return created;
        }
        Application a = changes.load(created.id());
        Map<String, String> assessment = new java.util.LinkedHashMap<>();
        Map<String, String> before = previous.get().getSelfAssessment();
        for (BrandValue v : settings.values()) {
            if (before.containsKey(v.code())) {
                assessment.put(v.code(), before.get(v.code()));
            }
        }
        a.editDraft(previous.get().getMotivation(), assessment, null, Instant.now());
        changes.save(a);
        return ApplicationView.of(a);
    }

    /** The candidate (or staff for them) edits the draft. */
    @Transactional
    public ApplicationView editDraft(Commands.DraftChange command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        requireCandidateOrStaff(a);
        if (command.providerId() != null && !command.providerId().equals(a.getProviderId())) {
            if (!ActingUser.hasAnyRole(Role.STAFF)) {
                access.requireAccess(command.providerId());
            }
            requireMayApply(command.providerId(), a.getKind());
        }
        a.editDraft(command.motivation(), command.selfAssessment(), command.providerId(), Instant.now());
        changes.save(a);
        return ApplicationView.of(a);
    }

    /**
     * Submits the draft: refused with each missing field listed ({@link fr.ambassade.selection.ApplicationIncomplete})
     * or when the provider may not apply yet. Publishes {@link fr.ambassade.selection.ApplicationSubmitted}.
     */
    @Transactional
    public ApplicationView submit(Commands.Step command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        requireCandidateOrStaff(a);
        if (a.getProviderId() != null && a.getKind() == ApplicationKind.NEW) {
            requireReapplyDelayOver(a.getProviderId());
        }
        ApplicationState from = a.getState();
        a.submit(settings.values().stream().map(BrandValue::code).toList(), changes.actor(), Instant.now());
        changes.recorded(a, from, "SUBMITTED", command.reason(), mails.transition(a, CandidateMails.Event.SUBMITTED));
        networkStatus.submitted(a);
        events.submitted(a);
        return ApplicationView.of(a);
    }

    /** The candidate (or staff for them) withdraws the file before a final decision. */
    @Transactional
    public ApplicationView withdraw(Commands.Step command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        requireCandidateOrStaff(a);
        ApplicationState from = a.getState();
        a.withdraw(command.reason(), changes.actor(), Instant.now());
        changes.recorded(a, from, "WITHDRAWN", command.reason(), mails.transition(a, CandidateMails.Event.WITHDRAWN));
        if (from != ApplicationState.DRAFT) {
            networkStatus.closedWithoutTitle(a);
        }
        return ApplicationView.of(a);
    }

    // the staff's side

    @Transactional
    public ApplicationView startReview(Commands.Step command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        ApplicationState from = a.getState();
        a.startReview(changes.actor(), Instant.now(), command.reason());
        changes.recorded(
                a, from, "REVIEW_STARTED", command.reason(), mails.transition(a, CandidateMails.Event.REVIEW_STARTED));
        return ApplicationView.of(a);
    }

    /**
     * Declines from SUBMITTED or UNDER_REVIEW without a visit (outside the territory…): the director only, or the
     * animator too when {@link SelectionProperties#animatorMayDeclineWithoutVisit()}. Publishes
     * {@link fr.ambassade.selection.ApplicationDecided}.
     */
    @Transactional
    public ApplicationView declineWithoutVisit(Commands.DeclineWithoutVisit command) {
        if (!ActingUser.hasAnyRole(declineWithoutVisitRoles())) {
            throw new NotPermitted("selection.error.declineWithoutVisitNotAllowed");
        }
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        ApplicationState from = a.getState();
        Long by = changes.actor();
        a.declineWithoutVisit(command.feedback(), by, Instant.now(), command.reason());
        changes.recorded(
                a,
                from,
                "DECLINED_WITHOUT_VISIT",
                command.reason(),
                mails.transition(a, CandidateMails.Event.DECLINED));
        networkStatus.closedWithoutTitle(a);
        events.decided(a, by);
        return ApplicationView.of(a);
    }

    /** The roles that may decline without a visit, following the setting. */
    public Set<Role> declineWithoutVisitRoles() {
        return properties.animatorMayDeclineWithoutVisit()
                ? EnumSet.of(Role.DIRECTOR, Role.ANIMATOR)
                : EnumSet.of(Role.DIRECTOR);
    }

    /** Whether a renewal whose evaluation passed may be accepted without a committee (the setting). */
    public boolean committeeSkippableForPassingRenewals() {
        return properties.committeeSkippableForPassingRenewals();
    }

    /** A deferred file goes back to the review (a new visit: {@link VisitService#schedule}). */
    @Transactional
    public ApplicationView reopenForReview(Commands.Step command) {
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        ApplicationState from = a.getState();
        a.reopen(false, changes.actor(), Instant.now(), command.reason());
        changes.recorded(a, from, "REOPENED", command.reason(), mails.transition(a, CandidateMails.Event.REOPENED));
        return ApplicationView.of(a);
    }

    /**
     * Accepts a renewal whose evaluation passed without a committee, when
     * {@link SelectionProperties#committeeSkippableForPassingRenewals()} allows it: the director or an administrator
     * ({@link SelectionRoles#DECIDERS}, who record the committee's decisions), with a reason. Publishes the decision
     * (the membership module moves the renewal date on).
     */
    @Transactional
    public ApplicationView acceptRenewalWithoutCommittee(Commands.Step command) {
        if (!properties.committeeSkippableForPassingRenewals()) {
            throw RefusedChange.of("selection.error.committeeRequired");
        }
        if (!ActingUser.hasAnyRole(SelectionRoles.DECIDERS)) {
            throw new NotPermitted("selection.error.decidersOnly");
        }
        Application a = changes.loadForChange(command.applicationId(), command.expectedVersion());
        if (command.reason() == null || command.reason().isBlank()) {
            throw RefusedChange.onField("reason", "selection.error.reasonRequired");
        }
        ApplicationState from = a.getState();
        Long by = changes.actor();
        a.acceptWithoutCommittee(scoring.lastEvaluationPassed(a), by, Instant.now(), command.reason());
        changes.recorded(
                a,
                from,
                "ACCEPTED_WITHOUT_COMMITTEE",
                command.reason(),
                mails.transition(a, CandidateMails.Event.ACCEPTED));
        events.decided(a, by);
        return ApplicationView.of(a);
    }

    /** Whether the latest closed evaluation of the application passed the threshold (false without one). */
    @Transactional(readOnly = true)
    public boolean lastEvaluationPassed(long applicationId) {
        return scoring.lastEvaluationPassed(changes.load(applicationId));
    }

    // rules

    /** The earliest day a provider declined on {@code decidedAt} may submit again. */
    public LocalDate reapplyFrom(Instant decidedAt) {
        return decidedAt.atZone(displayTime.zone()).toLocalDate().plusMonths(properties.reapplyDelayMonths());
    }

    void requireMayApply(long providerId, ApplicationKind kind) {
        if (applications.existsByProviderIdAndStateIn(providerId, OPEN)) {
            throw RefusedChange.onField("providerId", "selection.error.openApplication");
        }
        if (kind != ApplicationKind.RENEWAL) {
            requireReapplyDelayOver(providerId);
        }
    }

    private void requireReapplyDelayOver(long providerId) {
        applications
                .findFirstByProviderIdAndStateOrderByDecidedAtDesc(providerId, ApplicationState.DECLINED)
                .map(Application::getDecidedAt)
                .map(this::reapplyFrom)
                .filter(from -> displayTime.today().isBefore(from))
                .ifPresent(from -> {
                    throw RefusedChange.onField("providerId", "selection.error.reapplyTooSoon", from.toString());
                });
    }

    /** 404 unless the acting user is staff, the applicant, or manages the establishment. */
    void requireCandidateOrStaff(Application a) {
        if (ActingUser.hasAnyRole(Role.STAFF)) {
            return;
        }
        Long me = changes.actor();
        boolean applicant = me != null && me.equals(a.getApplicantAccountId());
        boolean manager = a.getProviderId() != null && access.canAccess(a.getProviderId());
        if (!applicant && !manager) {
            throw new NotFoundException("application " + a.getId());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    List<ApplicationState> openStates() {
        return List.copyOf(OPEN);
    }
}
