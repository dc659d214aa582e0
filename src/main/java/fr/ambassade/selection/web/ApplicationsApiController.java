package fr.ambassade.selection.web;

import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.Commands;
import fr.ambassade.selection.domain.HistoryEntry;
import fr.ambassade.selection.domain.Transition;
import fr.ambassade.selection.domain.VisitService;
import fr.ambassade.selection.domain.VisitView;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.GridScore;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.ApiPage;
import fr.ambassade.shared.web.ApiPaging;
import fr.ambassade.shared.web.InvalidApiParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's JSON API for applications: the queue, a file, and the transitions that make sense without a page (start
 * the review, decline without a visit, reopen a deferral, accept a passing renewal without a committee). Route rules:
 * {@code selection/ApplicationsApiRouteRules} (no candidate account ever reaches it). Errors are the API's
 * problem+json ({@code shared/web/ApiExceptionHandler}): a transition the state refuses is a 409 with the domain's
 * explanation, a stale version a 409 of type {@code stale-edit}, missing fields a 422.
 */
@RestController
@Tag(
        name = "applications (staff)",
        description = "Applications for the title, for signed-in staff (session cookie; writes carry the CSRF token)")
class ApplicationsApiController {

    /** The transitions offered through the API; the others need a page (a visit's details, a committee). */
    static final Set<Transition> API_TRANSITIONS = EnumSet.of(
            Transition.START_REVIEW,
            Transition.DECLINE_WITHOUT_VISIT,
            Transition.REOPEN_FOR_REVIEW,
            Transition.ACCEPT_WITHOUT_COMMITTEE);

    private final ApplicationService applications;
    private final VisitService visits;
    private final Providers providers;
    private final DestinationSettings settings;
    private final ApplicationFilePage file;

    ApplicationsApiController(
            ApplicationService applications,
            VisitService visits,
            Providers providers,
            DestinationSettings settings,
            ApplicationFilePage file) {
        this.applications = applications;
        this.visits = visits;
        this.providers = providers;
        this.settings = settings;
        this.file = file;
    }

    @GetMapping("/api/v1/applications")
    @Operation(
            summary = "The applications, the latest changed first, one page at a time (every staff role)",
            description = "Envelope {items, page, size, total}, 50 items by default, at most 100. Filters state and "
                    + "kind; an unknown value, a negative page, a size of 0 or less answer 400 problem+json naming the "
                    + "parameter.")
    @ApiResponse(responseCode = "200", description = "One page of applications")
    @ApiResponse(
            responseCode = "400",
            description = "Unknown state or kind, unusable page or size",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a staff account",
            content = @Content(mediaType = "application/problem+json"))
    ApiPage<ApplicationItem> list(
            @Parameter(
                            description = "only the applications in this state",
                            schema = @Schema(implementation = ApplicationState.class))
                    @RequestParam(required = false)
                    String state,
            @Parameter(
                            description = "only the applications of this kind",
                            schema = @Schema(implementation = ApplicationKind.class))
                    @RequestParam(required = false)
                    String kind,
            @Parameter(
                            description = "page number, from 0",
                            schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "items per page, at most 100",
                            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "100"))
                    @RequestParam(required = false)
                    String size,
            @Parameter(
                            description = "language of the texts (error messages); else Accept-Language",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"fr", "en", "nl"},
                                            defaultValue = "fr"))
                    @RequestParam(name = "lang", required = false)
                    String lang) {
        ApplicationState stateFilter = enumParameter("state", state, ApplicationState.class);
        ApplicationKind kindFilter = enumParameter("kind", kind, ApplicationKind.class);
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(applications
                .queue(stateFilter, kindFilter, paging.toPageRequest())
                .map(ApplicationItem::of));
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(
            summary = "An application's file (animator, director, administrator)",
            description = "What the candidate wrote, the history, the visits, the score of the closed evaluation, and "
                    + "the transitions this API may make from its state. 404 problem+json for an unknown id.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(
            responseCode = "404",
            description = "No such application",
            content = @Content(mediaType = "application/problem+json"))
    ApplicationDetail detail(
            @PathVariable long id,
            @Parameter(description = "language of the texts; else Accept-Language")
                    @RequestParam(name = "lang", required = false)
                    String lang) {
        return detailOf(applications.get(id));
    }

    @PostMapping(value = "/api/v1/applications/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Changes the application's state (animator, director, administrator)",
            description = "Body {transition, version, reason, feedback}: transition START_REVIEW, "
                    + "DECLINE_WITHOUT_VISIT (feedback per value code, at least one; the director, or the animator "
                    + "when the setting allows it), REOPEN_FOR_REVIEW or ACCEPT_WITHOUT_COMMITTEE; version is the "
                    + "version the caller read. Answers the file after the change. Audited, and the candidate is "
                    + "e-mailed, as from the pages.")
    @ApiResponse(responseCode = "200", description = "The file after the change")
    @ApiResponse(
            responseCode = "403",
            description = "Not a manager, no CSRF token, or a decline by a role that may not decline "
                    + "(type urn:ambassade:problem:not-permitted)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such application",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "The state refuses the transition (type urn:ambassade:problem:refused-change, with state "
                    + "and transition), or the application changed since the version read "
                    + "(type urn:ambassade:problem:stale-edit)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "A field is missing or invalid (errors: field, message)",
            content = @Content(mediaType = "application/problem+json"))
    ApplicationDetail transition(
            @PathVariable long id,
            @Valid @RequestBody TransitionRequest request,
            @Parameter(description = "language of the texts; else Accept-Language")
                    @RequestParam(name = "lang", required = false)
                    String lang) {
        Transition transition = apiTransition(request.transition());
        long version = request.version();
        String reason = StepForm.blankToNull(request.reason());
        ApplicationView after = switch (transition) {
            case START_REVIEW -> applications.startReview(new Commands.Step(id, version, reason));
            case REOPEN_FOR_REVIEW -> applications.reopenForReview(new Commands.Step(id, version, reason));
            case ACCEPT_WITHOUT_COMMITTEE ->
                applications.acceptRenewalWithoutCommittee(new Commands.Step(id, version, reason));
            case DECLINE_WITHOUT_VISIT -> {
                DeclineForm form = new DeclineForm();
                form.setVersion(version);
                form.setReason(request.reason());
                if (request.feedback() != null) {
                    form.setFeedback(new LinkedHashMap<>(request.feedback()));
                }
                yield applications.declineWithoutVisit(form.toCommand(id));
            }
            default -> throw new IllegalStateException("not an API transition: " + transition);
        };
        return detailOf(after);
    }

    /**
     * A transition's request.
     *
     * @param transition the domain's name of the transition (START_REVIEW, DECLINE_WITHOUT_VISIT, REOPEN_FOR_REVIEW,
     *     ACCEPT_WITHOUT_COMMITTEE)
     * @param version the application's version the caller read (a stale one is refused with 409)
     * @param reason the staff's reason (history and audit; never sent to the candidate)
     * @param feedback for a decline: value code → the feedback the candidate reads (at least one)
     */
    record TransitionRequest(
            @NotBlank String transition, @NotNull Long version, String reason, Map<String, String> feedback) {}

    private static Transition apiTransition(String name) {
        String allowed = API_TRANSITIONS.stream().map(Transition::name).collect(Collectors.joining(", "));
        try {
            Transition t = Transition.valueOf(name.strip().toUpperCase(Locale.ROOT));
            if (API_TRANSITIONS.contains(t)) {
                return t;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below, with the transitions the API knows
        }
        throw RefusedChange.onField("transition", "selection.api.unknownTransition", name, allowed);
    }

    /** An enum filter: empty means any; an unknown value is refused (400 naming the parameter). */
    private static <E extends Enum<E>> E enumParameter(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidApiParameterException(name, value, "api.filter.unknownValue");
        }
    }

    private ApplicationDetail detailOf(ApplicationView a) {
        Locale locale = LocaleContextHolder.getLocale();
        ProviderSummary provider =
                a.providerId() == null ? null : providers.byId(a.providerId()).orElse(null);
        List<SelfAssessmentItem> self = settings.values().stream()
                .map(v -> new SelfAssessmentItem(
                        v.code(), v.name().get(locale), a.selfAssessment().get(v.code())))
                .toList();
        Map<Long, Actor> actors = new LinkedHashMap<>();
        List<HistoryItem> history = new ArrayList<>();
        for (HistoryEntry h : a.history()) {
            Actor by = h.byAccountId() == null
                    ? null
                    : actors.computeIfAbsent(h.byAccountId(), id -> new Actor(id, file.name(id)));
            history.add(new HistoryItem(h.from(), h.to(), h.at(), by, h.reason()));
        }
        List<VisitItem> visitItems =
                visits.visitsOf(a.id()).stream().map(VisitItem::of).toList();
        EvaluationSummary evaluation =
                visits.closedEvaluationScore(a.id()).map(EvaluationSummary::of).orElse(null);
        List<Transition> possible = API_TRANSITIONS.stream()
                .filter(t -> t.allowedFrom(a.state()))
                .filter(t -> t != Transition.DECLINE_WITHOUT_VISIT
                        || ActingUser.hasAnyRole(applications.declineWithoutVisitRoles()))
                .filter(t -> t != Transition.ACCEPT_WITHOUT_COMMITTEE
                        || (a.kind() == ApplicationKind.RENEWAL
                                && applications.committeeSkippableForPassingRenewals()
                                && evaluation != null
                                && evaluation.passed()))
                .toList();
        return new ApplicationDetail(
                a.id(),
                Establishment.of(a.providerId(), provider),
                a.kind(),
                a.state(),
                a.submittedAt(),
                a.updatedAt(),
                a.decidedAt(),
                a.version(),
                a.motivation(),
                self,
                a.declineFeedback(),
                a.deferralConditions(),
                a.reviewDate(),
                history,
                visitItems,
                evaluation,
                possible);
    }

    /** An application of the list. */
    record ApplicationItem(
            long id,
            Establishment establishment,
            ApplicationKind kind,
            ApplicationState state,
            Instant submittedAt,
            Instant changedAt,
            long version) {

        static ApplicationItem of(ApplicationService.QueueRow r) {
            Establishment e = r.providerId() == null
                    ? null
                    : new Establishment(
                            r.providerId(),
                            r.providerName(),
                            r.communeCode() == null ? null : new Commune(r.communeCode(), r.communeName()));
            return new ApplicationItem(r.id(), e, r.kind(), r.state(), r.submittedAt(), r.updatedAt(), r.version());
        }
    }

    /** The establishment applying ({@code null} while a draft has none). */
    record Establishment(long id, String name, Commune commune) {

        static Establishment of(Long id, ProviderSummary p) {
            if (id == null) {
                return null;
            }
            return p == null
                    ? new Establishment(id, null, null)
                    : new Establishment(
                            id,
                            p.name(),
                            p.communeCode() == null ? null : new Commune(p.communeCode(), p.communeName()));
        }
    }

    record Commune(String code, String name) {}

    /**
     * An application's file.
     *
     * @param feedback for a decline: value code → the feedback the candidate reads
     * @param evaluation the score of the closed evaluation ({@code null} until it is closed)
     * @param transitions what {@code POST …/transitions} may do from the current state, for the caller
     */
    record ApplicationDetail(
            long id,
            Establishment establishment,
            ApplicationKind kind,
            ApplicationState state,
            Instant submittedAt,
            Instant changedAt,
            Instant decidedAt,
            long version,
            String motivation,
            List<SelfAssessmentItem> selfAssessment,
            Map<String, String> feedback,
            String deferralConditions,
            LocalDate reviewDate,
            List<HistoryItem> history,
            List<VisitItem> visits,
            EvaluationSummary evaluation,
            List<Transition> transitions) {}

    /** The candidate's self-assessment of a brand value ({@code text} null when not written). */
    record SelfAssessmentItem(String value, String name, String text) {}

    /** A line of the history: from which state to which, when, by whom ({@code null}: a scheduled job), why. */
    record HistoryItem(ApplicationState from, ApplicationState state, Instant at, Actor by, String reason) {}

    record Actor(long id, String name) {}

    /** A visit: when, how many evaluators, cancelled or closed. */
    record VisitItem(
            long id,
            Instant startsAt,
            int durationMinutes,
            String place,
            int evaluators,
            boolean cancelled,
            Instant evaluationClosedAt) {

        static VisitItem of(VisitView v) {
            return new VisitItem(
                    v.id(),
                    v.startsAt(),
                    v.durationMinutes(),
                    v.place(),
                    v.evaluatorAccountIds().size(),
                    v.cancelled(),
                    v.evaluationClosedAt());
        }
    }

    /**
     * The closed evaluation: weighted score from the means per criterion, the threshold, pass (threshold reached and
     * every mandatory criterion at 2 or more), the grid version and how many evaluations were combined.
     */
    record EvaluationSummary(
            BigDecimal scorePercent, BigDecimal thresholdPercent, boolean passed, int gridVersion, int evaluations) {

        static EvaluationSummary of(GridScore s) {
            return new EvaluationSummary(
                    s.percent(), s.thresholdPercent(), s.passed(), s.gridVersion(), s.evaluationCount());
        }
    }
}
