package fr.ambassade.selection.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.EvaluationView;
import fr.ambassade.selection.domain.VisitService;
import fr.ambassade.selection.domain.VisitView;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.Grid;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluator's form for one visit: first the conflict-of-interest declaration, then the visit's grid version
 * grouped by value (0–3 per criterion with an evidence note), saved as a draft or submitted. Only the visit's
 * evaluators reach it (404 for anyone else); the others' scores appear once one's own is submitted.
 */
@Controller
class EvaluationController {

    /** Score choices of a criterion: value → message key. */
    static final Map<String, String> SCORE_OPTIONS = scoreOptions();

    private final VisitService visits;
    private final ApplicationService applications;
    private final Providers providers;
    private final DestinationSettings settings;
    private final CurrentUser currentUser;
    private final Flash flash;

    EvaluationController(
            VisitService visits,
            ApplicationService applications,
            Providers providers,
            DestinationSettings settings,
            CurrentUser currentUser,
            Flash flash) {
        this.visits = visits;
        this.applications = applications;
        this.providers = providers;
        this.settings = settings;
        this.currentUser = currentUser;
        this.flash = flash;
    }

    private static Map<String, String> scoreOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i <= Grid.MAX_SCORE; i++) {
            m.put(String.valueOf(i), "selection.evaluation.score" + i);
        }
        return m;
    }

    @GetMapping("/admin/visits/{id}/evaluation")
    String form(@PathVariable long id, Model model) {
        return show(id, model);
    }

    @PostMapping("/admin/visits/{id}/evaluation/declaration")
    String declare(
            @PathVariable long id,
            @ModelAttribute("declarationForm") DeclarationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireEvaluator(id);
        if (form.getConflict() == null) {
            binding.rejectValue("conflict", "selection.evaluation.declarationRequired");
        }
        if (!binding.hasErrors()) {
            try {
                visits.declare(form.toCommand(id));
                flash.success(
                        redirect,
                        Boolean.TRUE.equals(form.getConflict())
                                ? "selection.evaluation.flash.conflict"
                                : "selection.evaluation.flash.noConflict");
                return "redirect:/admin/visits/" + id + "/evaluation";
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/admin/visits/{id}/evaluation")
    String score(
            @PathVariable long id,
            @ModelAttribute("scoreForm") ScoreForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        VisitView v = requireEvaluator(id);
        Grid grid = settings.grid(v.gridVersion());
        if (!binding.hasErrors()) {
            try {
                visits.score(form.toCommand(id, grid.criteria()));
                flash.success(
                        redirect,
                        form.submitting()
                                ? "selection.evaluation.flash.submitted"
                                : "selection.evaluation.flash.saved");
                return "redirect:/admin/visits/" + id + "/evaluation";
            } catch (RefusedChange e) {
                scoreRefusal(form, grid, binding, e);
            }
        }
        return show(id, model);
    }

    /** A refusal beside the criterion it names (every criterion of the grid is a field of the form shown again). */
    private static void scoreRefusal(ScoreForm form, Grid grid, BindingResult binding, RefusedChange e) {
        grid.criteria().forEach(c -> {
            form.getScores().putIfAbsent(c.id(), null);
            form.getEvidence().putIfAbsent(c.id(), null);
        });
        if (e.field() != null && e.field().startsWith("scores[")) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            Refusals.into(binding, e);
        }
    }

    private String show(long id, Model model) {
        VisitView v = requireEvaluator(id);
        ApplicationView a = applications.get(v.applicationId());
        Grid grid = settings.grid(v.gridVersion());
        Optional<EvaluationView> mine = visits.myEvaluation(id);
        model.addAttribute("visit", v);
        model.addAttribute(
                "providerName",
                a.providerId() == null
                        ? null
                        : providers
                                .byId(a.providerId())
                                .map(ProviderSummary::name)
                                .orElse(null));
        model.addAttribute("evaluation", mine.orElse(null));
        model.addAttribute("closed", v.evaluationClosedAt() != null);
        model.addAttribute("groups", grid.byValue());
        Map<String, BrandValue> values = new LinkedHashMap<>();
        settings.values().forEach(b -> values.put(b.code(), b));
        model.addAttribute("values", values);
        model.addAttribute("scoreOptions", SCORE_OPTIONS);
        Map<String, String> declaration = new LinkedHashMap<>();
        declaration.put("false", "selection.evaluation.noConflict");
        declaration.put("true", "selection.evaluation.conflict");
        model.addAttribute("declarationOptions", declaration);
        if (!model.containsAttribute("declarationForm")) {
            model.addAttribute("declarationForm", new DeclarationForm());
        }
        if (!model.containsAttribute("scoreForm")) {
            model.addAttribute("scoreForm", ScoreForm.of(grid.criteria(), mine.orElse(null)));
        }
        if (mine.isPresent() && mine.get().submitted()) {
            model.addAttribute("spread", visits.spread(id));
        }
        return "selection/evaluation";
    }

    /** The visit, when the acting staff member is one of its evaluators; 404 otherwise. */
    private VisitView requireEvaluator(long visitId) {
        VisitView v = visits.visit(visitId);
        long me = currentUser.current().map(a -> a.id()).orElse(-1L);
        if (!v.evaluatorAccountIds().contains(me)) {
            throw new NotFoundException("visit " + visitId + " for evaluator " + me);
        }
        return v;
    }
}
