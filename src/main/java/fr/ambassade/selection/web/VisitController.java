package fr.ambassade.selection.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.VisitService;
import fr.ambassade.selection.domain.VisitView;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Visits: reschedule, cancel and close the evaluation (on the application file, for the staff who run the
 * selection), and "my visits" for every staff member who evaluates.
 */
@Controller
class VisitController {

    private final VisitService visits;
    private final ApplicationService applications;
    private final ApplicationFilePage page;
    private final Providers providers;
    private final Flash flash;
    private final DisplayTime displayTime;
    private final CurrentUser currentUser;

    VisitController(
            VisitService visits,
            ApplicationService applications,
            ApplicationFilePage page,
            Providers providers,
            Flash flash,
            DisplayTime displayTime,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.visits = visits;
        this.applications = applications;
        this.page = page;
        this.providers = providers;
        this.flash = flash;
        this.displayTime = displayTime;
    }

    /** A line of "my visits": the visit, its file's establishment and where the evaluator stands. */
    record MyVisit(VisitView visit, String providerName, VisitService.EvaluatorStatus status, boolean closed) {}

    @GetMapping("/admin/visits/mine")
    String mine(Model model) {
        long me = currentUser.current().map(a -> a.id()).orElse(0L);
        List<MyVisit> rows = new ArrayList<>();
        for (VisitView v : visits.myVisits()) {
            ApplicationView a = applications.get(v.applicationId());
            String name = a.providerId() == null
                    ? null
                    : providers.byId(a.providerId()).map(ProviderSummary::name).orElse(null);
            Map<Long, VisitService.EvaluatorStatus> statuses = visits.evaluatorStatuses(v.id());
            rows.add(new MyVisit(v, name, statuses.get(me), v.evaluationClosedAt() != null));
        }
        model.addAttribute("visits", rows);
        return "selection/my-visits";
    }

    @PostMapping("/admin/visits/{id}/reschedule")
    String reschedule(
            @PathVariable long id,
            @ModelAttribute("rescheduleForm") VisitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        long applicationId = visits.visit(id).applicationId();
        if (!binding.hasErrors()) {
            try {
                visits.reschedule(form.toReschedule(id, displayTime.zone()));
                flash.success(redirect, "selection.file.flash.visitRescheduled");
                return "redirect:/admin/applications/" + applicationId;
            } catch (RefusedChange e) {
                ApplicationFileController.visitRefusal(binding, e);
            }
        }
        return page.show(applicationId, model);
    }

    @PostMapping("/admin/visits/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @ModelAttribute("cancelForm") CancelVisitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        long applicationId = visits.visit(id).applicationId();
        if (!binding.hasErrors()) {
            try {
                visits.cancel(form.toCommand(id));
                flash.success(redirect, "selection.file.flash.visitCancelled");
                return "redirect:/admin/applications/" + applicationId;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return page.show(applicationId, model);
    }

    @PostMapping("/admin/visits/{id}/close")
    String close(
            @PathVariable long id,
            @ModelAttribute("closeForm") CloseEvaluationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        long applicationId = visits.visit(id).applicationId();
        if (!binding.hasErrors()) {
            try {
                visits.closeEvaluation(form.toCommand(id));
                flash.success(redirect, "selection.file.flash.evaluationClosed");
                return "redirect:/admin/applications/" + applicationId;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return page.show(applicationId, model);
    }
}
