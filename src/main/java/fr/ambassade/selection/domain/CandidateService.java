package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.accounts.EstablishmentAccess;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.NewEstablishment;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.Territory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side of an application, on top of {@link ApplicationService}: their files, the establishment
 * (matched with a directory entry — access granted only when staff confirm — or created), and the staff's
 * confirmation or refusal of a match. A candidate reaching another candidate's file gets a 404.
 */
@Service
public class CandidateService {

    /** How many directory entries a search shows. */
    public static final int SEARCH_LIMIT = 20;

    private final ApplicationService applications;
    private final ApplicationChanges changes;
    private final CandidateApplicationQueries queries;
    private final MatchRequestRepository matches;
    private final Providers providers;
    private final Accounts accounts;
    private final EstablishmentAccess access;
    private final Territory territory;
    private final AuditLog audit;

    CandidateService(
            ApplicationService applications,
            ApplicationChanges changes,
            CandidateApplicationQueries queries,
            MatchRequestRepository matches,
            Providers providers,
            Accounts accounts,
            EstablishmentAccess access,
            Territory territory,
            AuditLog audit) {
        this.applications = applications;
        this.changes = changes;
        this.queries = queries;
        this.matches = matches;
        this.providers = providers;
        this.accounts = accounts;
        this.access = access;
        this.territory = territory;
        this.audit = audit;
    }

    /** A pending (or decided) match of an application with a directory entry, as pages show it. */
    public record MatchView(
            long id,
            long applicationId,
            long providerId,
            String providerName,
            String communeName,
            String state,
            Instant requestedAt,
            Instant decidedAt,
            String candidateName,
            String candidateEmail) {

        public boolean pending() {
            return "PENDING".equals(state);
        }

        public boolean refused() {
            return "REFUSED".equals(state);
        }
    }

    /**
     * The candidate's file: what they may see of it (no score, no staff names), its establishment once set, the last
     * match request, and the first day a declined establishment may apply again (null when it may).
     */
    public record CandidateFile(
            ApplicationView.CandidateApplicationView application,
            ProviderSummary establishment,
            MatchView match,
            LocalDate reapplyFrom) {}

    // the candidate's reads

    /** The acting candidate's applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView.CandidateApplicationView> mine() {
        Long me = changes.actor();
        if (me == null) {
            return List.of();
        }
        return queries.findByApplicantAccountIdOrderByCreatedAtDescIdDesc(me).stream()
                .map(a -> ApplicationView.of(a).forCandidate())
                .toList();
    }

    /**
     * The acting candidate's newest draft that staff invited them to complete (where the invitation's set-password
     * link leads after the login), if any.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> invitedDraft() {
        Long me = changes.actor();
        if (me == null) {
            return java.util.Optional.empty();
        }
        return queries.findByApplicantAccountIdOrderByCreatedAtDescIdDesc(me).stream()
                .filter(a -> a.getState() == ApplicationState.DRAFT && a.getInvitedByAccountId() != null)
                .map(Application::getId)
                .findFirst();
    }

    /** The file for its candidate (404 for anyone else who is not staff). */
    @Transactional(readOnly = true)
    public CandidateFile file(long id) {
        Application a = changes.load(id);
        applications.requireCandidateOrStaff(a);
        ProviderSummary establishment = a.getProviderId() == null
                ? null
                : providers.byId(a.getProviderId()).orElse(null);
        MatchView match = matches.findFirstByApplicationIdOrderByIdDesc(id)
                .map(this::view)
                .orElse(null);
        LocalDate reapplyFrom = a.getState() == ApplicationState.DECLINED && a.getDecidedAt() != null
                ? applications.reapplyFrom(a.getDecidedAt())
                : null;
        return new CandidateFile(ApplicationView.of(a).forCandidate(), establishment, match, reapplyFrom);
    }

    /** Directory entries of the commune whose name contains the text (for the candidate to choose theirs). */
    @Transactional(readOnly = true)
    public List<ProviderSummary> searchEstablishments(String name, String communeCode) {
        return providers.candidatesByName(name, communeCode, SEARCH_LIMIT);
    }

    /** The establishments the acting candidate already manages (they may apply for them at once). */
    @Transactional(readOnly = true)
    public List<ProviderSummary> managedEstablishments() {
        return providers.byIds(access.managedByCurrentUser());
    }

    // the candidate's changes

    /**
     * A new draft; {@code providerId} (an establishment the candidate manages) may be null: the establishment is
     * chosen on the file. Refused when the establishment has an open application or was declined too recently.
     */
    @Transactional
    public ApplicationView start(Long providerId) {
        return applications.createDraft(new Commands.NewApplication(ApplicationKind.NEW, providerId, null, null, null));
    }

    /**
     * The candidate chose an entry of the directory. One they already manage becomes the application's establishment
     * at once; any other is a match request that staff confirm or refuse (an earlier pending request is cancelled).
     */
    @Transactional
    public ApplicationView chooseEstablishment(long applicationId, long expectedVersion, long providerId) {
        Application a = changes.loadForChange(applicationId, expectedVersion);
        applications.requireCandidateOrStaff(a);
        requireDraft(a);
        requireNewApplication(a);
        ProviderSummary provider =
                providers.byId(providerId).orElseThrow(() -> new NotFoundException("establishment " + providerId));
        if (access.canAccess(provider.id())) {
            cancelPending(a);
            return applications.editDraft(new Commands.DraftChange(
                    a.getId(), a.getVersion(), a.getMotivation(), a.getSelfAssessment(), provider.id()));
        }
        applications.requireMayApply(provider.id(), a.getKind());
        cancelPending(a);
        Long me = changes.actor();
        matches.saveAndFlush(new MatchRequest(a.getId(), provider.id(), me, Instant.now()));
        audit.record(AuditRecord.of(ApplicationChanges.AUDIT_TYPE, a.getId(), "MATCH_REQUESTED")
                .change("matchedProviderId", null, provider.id())
                .forEstablishment(provider.id()));
        return ApplicationView.of(a);
    }

    /**
     * The candidate adds their establishment to the directory (audited there): they manage it at once and it becomes
     * the application's establishment.
     */
    @Transactional
    public ApplicationView createEstablishment(long applicationId, long expectedVersion, NewEstablishment details) {
        Application a = changes.loadForChange(applicationId, expectedVersion);
        applications.requireCandidateOrStaff(a);
        requireDraft(a);
        requireNewApplication(a);
        if (details.name() == null || details.name().isBlank()) {
            throw RefusedChange.onField("name", "selection.establishment.error.name");
        }
        if (details.category() == null) {
            throw RefusedChange.onField("category", "selection.establishment.error.category");
        }
        CommuneRef commune = Optional.ofNullable(details.communeCode())
                .flatMap(territory::byCode)
                .filter(CommuneRef::inTerritory)
                .orElseThrow(() -> RefusedChange.onField("communeCode", "selection.establishment.error.commune"));
        Long me = changes.actor();
        AccountRef applicant = me == null ? null : accounts.require(me);
        ProviderSummary created = providers.createForCandidate(
                new NewEstablishment(
                        details.name().strip(),
                        details.category(),
                        commune.code(),
                        commune.name(),
                        details.street(),
                        details.postalCode(),
                        details.phone(),
                        details.email(),
                        details.website()),
                "added by a candidate (application " + a.getId() + ")");
        if (applicant != null && applicant.isProviderUser()) {
            accounts.linkEstablishment(applicant.id(), created.id());
        }
        cancelPending(a);
        a.editDraft(a.getMotivation(), a.getSelfAssessment(), created.id(), Instant.now());
        changes.save(a);
        audit.record(AuditRecord.of(ApplicationChanges.AUDIT_TYPE, a.getId(), "ESTABLISHMENT_CREATED")
                .change("providerId", null, created.id())
                .forEstablishment(created.id()));
        return ApplicationView.of(a);
    }

    // the staff's side

    /** Match requests waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    public List<MatchView> pendingMatches() {
        return matches.findByStateOrderByRequestedAtAscIdAsc(MatchRequest.State.PENDING).stream()
                .map(this::view)
                .toList();
    }

    /**
     * Staff confirm that the candidate manages the establishment: the candidate's account is linked to it and it
     * becomes the application's establishment. Audited.
     */
    @Transactional
    public void confirmMatch(long matchId) {
        MatchRequest m = loadMatch(matchId);
        Application a = changes.load(m.getApplicationId());
        requireDraft(a);
        applications.requireMayApply(m.getProviderId(), a.getKind());
        m.confirm(changes.actor(), Instant.now());
        matches.saveAndFlush(m);
        accounts.linkEstablishment(m.getRequestedByAccountId(), m.getProviderId());
        a.editDraft(a.getMotivation(), a.getSelfAssessment(), m.getProviderId(), Instant.now());
        changes.save(a);
        audit.record(AuditRecord.of(ApplicationChanges.AUDIT_TYPE, a.getId(), "MATCH_CONFIRMED")
                .change("providerId", null, m.getProviderId())
                .forEstablishment(m.getProviderId()));
        tellCandidate(a, m, "matchConfirmed");
    }

    /** Staff refuse the match (the candidate does not manage that establishment): nothing is linked. Audited. */
    @Transactional
    public void refuseMatch(long matchId, String reason) {
        MatchRequest m = loadMatch(matchId);
        m.refuse(changes.actor(), Instant.now());
        matches.saveAndFlush(m);
        audit.record(AuditRecord.of(ApplicationChanges.AUDIT_TYPE, m.getApplicationId(), "MATCH_REFUSED")
                .because(reason == null || reason.isBlank() ? null : reason.strip())
                .change("matchedProviderId", m.getProviderId(), null)
                .forEstablishment(m.getProviderId()));
        tellCandidate(changes.load(m.getApplicationId()), m, "matchRefused");
    }

    /** The candidate's e-mail about the staff's answer to a match (their language; no staff name or reason). */
    private void tellCandidate(Application a, MatchRequest m, String event) {
        if (a.getCandidateEmail() == null) {
            return;
        }
        String providerName =
                providers.byId(m.getProviderId()).map(ProviderSummary::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("providerName", providerName);
        model.put("textKey", "selection.mail." + event + ".text");
        model.put("applicationId", String.valueOf(a.getId()));
        changes.enqueue(OutgoingMail.of(
                a.getCandidateEmail(),
                CandidateMails.locale(a),
                CandidateMails.TEMPLATE,
                "selection.mail." + event + ".subject",
                model,
                providerName));
    }

    private MatchRequest loadMatch(long id) {
        return matches.findById(id).orElseThrow(() -> new NotFoundException("match request " + id));
    }

    private void cancelPending(Application a) {
        matches.findByApplicationIdAndState(a.getId(), MatchRequest.State.PENDING)
                .ifPresent(m -> {
                    m.cancel(changes.actor(), Instant.now());
                    matches.saveAndFlush(m);
                });
    }

    private static void requireDraft(Application a) {
        if (a.getState() != ApplicationState.DRAFT) {
            throw new fr.ambassade.selection.ApplicationTransitionRefused(
                    a.getState(), "EDIT", "selection.refused.edit");
        }
    }

    /** A renewal is the establishment's own: its establishment does not change. */
    private static void requireNewApplication(Application a) {
        if (a.getKind() == ApplicationKind.RENEWAL) {
            throw RefusedChange.of("selection.error.renewalEstablishmentFixed");
        }
    }

    private MatchView view(MatchRequest m) {
        Optional<ProviderSummary> p = providers.byId(m.getProviderId());
        AccountRef candidate = accounts.require(m.getRequestedByAccountId());
        return new MatchView(
                m.getId(),
                m.getApplicationId(),
                m.getProviderId(),
                p.map(ProviderSummary::name).orElse(""),
                p.map(ProviderSummary::communeName).orElse(""),
                m.getState().name(),
                m.getRequestedAt(),
                m.getDecidedAt(),
                candidate.displayName(),
                candidate.email());
    }
}
