package fr.ambassade.selection.web;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.selection.domain.ApplicationPhotos;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.HistoryEntry;
import fr.ambassade.selection.domain.VisitService;
import fr.ambassade.selection.domain.VisitView;
import fr.ambassade.settings.CriterionSpread;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.GridScore;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the application file ({@code selection/file}), shared by the controllers whose forms it shows again
 * with what was typed when a change is refused: forms already in the model are kept, the others start blank.
 */
@Component
class ApplicationFilePage {

    static final String VIEW = "selection/file";

    /** States from which a visit may be scheduled on its own (a deferred file reopens with a visit instead). */
    static final Set<ApplicationState> SCHEDULABLE = EnumSet.of(ApplicationState.UNDER_REVIEW);

    static final Set<ApplicationState> DECLINABLE =
            EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW);

    private final ApplicationService applications;
    private final ApplicationPhotos photos;
    private final VisitService visits;
    private final Providers providers;
    private final Accounts accounts;
    private final DestinationSettings settings;
    private final DisplayTime displayTime;

    ApplicationFilePage(
            ApplicationService applications,
            ApplicationPhotos photos,
            VisitService visits,
            Providers providers,
            Accounts accounts,
            DestinationSettings settings,
            DisplayTime displayTime) {
        this.applications = applications;
        this.photos = photos;
        this.visits = visits;
        this.providers = providers;
        this.accounts = accounts;
        this.settings = settings;
        this.displayTime = displayTime;
    }

    /** One visit on the file: its evaluators (name and status), and for the open one the spread if readable. */
    record VisitRow(VisitView visit, List<EvaluatorRow> evaluators, boolean open) {}

    record EvaluatorRow(long accountId, String name, VisitService.EvaluatorStatus status) {}

    String show(long applicationId, Model model) {
        ApplicationView a = applications.get(applicationId);
        model.addAttribute("dossier", a);
        model.addAttribute("photos", photos.of(applicationId));
        model.addAttribute(
                "provider",
                a.providerId() == null ? null : providers.byId(a.providerId()).orElse(null));
        model.addAttribute("values", settings.values());
        List<AccountRef> staff = staff();
        // names of staff from the staff list already read; others (the candidate) one lookup each
        Map<Long, String> known = new java.util.HashMap<>();
        staff.forEach(r -> known.put(r.id(), label(r)));
        model.addAttribute("names", names(a, known));
        List<VisitView> all = visits.visitsOf(applicationId);
        Map<Long, Map<Long, VisitService.EvaluatorStatus>> statuses = visits.evaluatorStatusesOf(applicationId);
        List<VisitRow> rows = new ArrayList<>();
        VisitView open = null;
        for (VisitView v : all) {
            boolean isOpen = !v.cancelled() && v.evaluationClosedAt() == null;
            if (isOpen && open == null) {
                open = v;
            }
            List<EvaluatorRow> evaluators = new ArrayList<>();
            statuses.getOrDefault(v.id(), Map.of())
                    .forEach((id, status) -> evaluators.add(new EvaluatorRow(id, name(id, known), status)));
            rows.add(new VisitRow(v, evaluators, isOpen));
        }
        model.addAttribute("visits", rows);
        model.addAttribute("openVisit", open);
        model.addAttribute("staff", staff);
        model.addAttribute("zone", displayTime.zone());
        ApplicationState state = a.state();
        boolean mayDecline =
                DECLINABLE.contains(state) && ActingUser.hasAnyRole(applications.declineWithoutVisitRoles());
        model.addAttribute("mayStartReview", state == ApplicationState.SUBMITTED);
        model.addAttribute("mayDecline", mayDecline);
        model.addAttribute("maySchedule", SCHEDULABLE.contains(state) && open == null);
        model.addAttribute("mayChangeVisit", open != null && state == ApplicationState.VISIT_SCHEDULED);
        renewalDecision(a, model);
        model.addAttribute("mayReopen", state == ApplicationState.DEFERRED);
        model.addAttribute("reopenTargets", reopenTargets());
        if (!model.containsAttribute("reopenForm")) {
            ReopenForm f = new ReopenForm();
            f.setVersion(a.version());
            model.addAttribute("reopenForm", f);
        }
        if (!model.containsAttribute("acceptRenewalForm")) {
            StepForm f = new StepForm();
            f.setVersion(a.version());
            model.addAttribute("acceptRenewalForm", f);
        }
        if (!model.containsAttribute("stepForm")) {
            StepForm f = new StepForm();
            f.setVersion(a.version());
            model.addAttribute("stepForm", f);
        }
        if (!model.containsAttribute("declineForm")) {
            DeclineForm f = new DeclineForm();
            f.setVersion(a.version());
            model.addAttribute("declineForm", f);
        }
        if (!model.containsAttribute("visitForm")) {
            VisitForm f = new VisitForm();
            f.setVersion(a.version());
            model.addAttribute("visitForm", f);
        }
        if (open != null) {
            if (!model.containsAttribute("rescheduleForm")) {
                model.addAttribute("rescheduleForm", VisitForm.of(open, displayTime.zone()));
            }
            if (!model.containsAttribute("cancelForm")) {
                CancelVisitForm f = new CancelVisitForm();
                f.setVersion(open.version());
                model.addAttribute("cancelForm", f);
            }
            if (!model.containsAttribute("closeForm")) {
                CloseEvaluationForm f = new CloseEvaluationForm();
                f.setVersion(a.version());
                model.addAttribute("closeForm", f);
            }
            spread(open, model);
        }
        java.util.Set<String> errorsIn = new java.util.HashSet<>();
        model.asMap().forEach((key, value) -> {
            if (key.startsWith(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX)
                    && value instanceof org.springframework.validation.BindingResult b
                    && b.hasErrors()) {
                errorsIn.add(key.substring(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX.length()));
            }
        });
        model.addAttribute("errorsIn", errorsIn);
        return VIEW;
    }

    /**
     * An EVALUATED renewal, for the deciders: whether it may be accepted without a committee (the setting allows it
     * and its evaluation passed), else why not ({@code renewalNeedsCommittee}, a message key).
     */
    private void renewalDecision(ApplicationView a, Model model) {
        boolean evaluatedRenewal = a.kind() == ApplicationKind.RENEWAL && a.state() == ApplicationState.EVALUATED;
        boolean decider = ActingUser.hasAnyRole(SelectionRoles.DECIDERS);
        boolean may = false;
        String why = null;
        if (evaluatedRenewal && decider) {
            if (!applications.committeeSkippableForPassingRenewals()) {
                why = "selection.error.committeeRequired";
            } else if (!applications.lastEvaluationPassed(a.id())) {
                why = "selection.refused.acceptWithoutCommitteeRule";
            } else {
                may = true;
            }
        }
        model.addAttribute("mayAcceptRenewal", may);
        model.addAttribute("renewalNeedsCommittee", why);
    }

    /** The states a deferred file may reopen to, as radio options (value → message key). */
    private static Map<String, String> reopenTargets() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(ApplicationState.UNDER_REVIEW.name(), "selection.reopen.toReview");
        options.put(ApplicationState.VISIT_SCHEDULED.name(), "selection.reopen.toVisit");
        return options;
    }

    /** The spread and score of the open visit, unless the reader is an evaluator who has not submitted. */
    private void spread(VisitView open, Model model) {
        try {
            List<CriterionSpread> spread = visits.spread(open.id());
            GridScore score = visits.score(open.id());
            model.addAttribute("spread", spread);
            model.addAttribute("score", score);
            model.addAttribute("submittedCount", score.evaluationCount());
        } catch (RefusedChange hidden) {
            model.addAttribute("spreadHidden", hidden.messageKey());
        }
    }

    private Map<Long, String> names(ApplicationView a, Map<Long, String> known) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (HistoryEntry h : a.history()) {
            if (h.byAccountId() != null) {
                names.computeIfAbsent(h.byAccountId(), id -> name(id, known));
            }
        }
        if (a.applicantAccountId() != null) {
            names.computeIfAbsent(a.applicantAccountId(), id -> name(id, known));
        }
        if (a.invitedByAccountId() != null) {
            names.computeIfAbsent(a.invitedByAccountId(), id -> name(id, known));
        }
        return names;
    }

    String name(long accountId) {
        try {
            return label(accounts.require(accountId));
        } catch (NotFoundException e) {
            return "#" + accountId;
        }
    }

    /** The account's name: from those already known (the staff), else looked up once and remembered. */
    private String name(long accountId, Map<Long, String> known) {
        return known.computeIfAbsent(accountId, id -> {
            try {
                return label(accounts.require(id));
            } catch (NotFoundException e) {
                return "#" + id;
            }
        });
    }

    private static String label(AccountRef r) {
        return r.displayName() == null || r.displayName().isBlank() ? r.email() : r.displayName();
    }

    /** Every enabled staff account (any staff role), by name: the evaluators to choose from. */
    List<AccountRef> staff() {
        Map<Long, AccountRef> byId = new LinkedHashMap<>();
        for (Role r : Role.STAFF) {
            accounts.withRole(r).forEach(a -> byId.putIfAbsent(a.id(), a));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(AccountRef::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AccountRef::id))
                .toList();
    }
}
