package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.VisitService;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application file for the staff who run the selection (animator, director, administrator): what the candidate
 * wrote, the whole history, the visits, and the actions of the current state (start the review, decline without a
 * visit, schedule a visit, accept a passing renewal without a committee, reopen a deferral). A refused action shows the file again with what was typed.
 */
@Controller
class ApplicationFileController {

    private final ApplicationService applications;
    private final VisitService visits;
    private final ApplicationFilePage page;
    private final Flash flash;
    private final DisplayTime displayTime;

    ApplicationFileController(
            ApplicationService applications,
            VisitService visits,
            ApplicationFilePage page,
            Flash flash,
            DisplayTime displayTime) {
        this.applications = applications;
        this.visits = visits;
        this.page = page;
        this.flash = flash;
        this.displayTime = displayTime;
    }

    @GetMapping("/admin/applications/{id}")
    String file(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @PostMapping("/admin/applications/{id}/review")
    String startReview(
            @PathVariable long id,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                applications.startReview(form.toCommand(id));
                flash.success(redirect, "selection.file.flash.reviewStarted");
                return "redirect:/admin/applications/" + id;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return page.show(id, model);
    }

    @PostMapping("/admin/applications/{id}/decline")
    String decline(
            @PathVariable long id,
            @ModelAttribute("declineForm") DeclineForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                applications.declineWithoutVisit(form.toCommand(id));
                flash.success(redirect, "selection.file.flash.declined");
                return "redirect:/admin/applications/" + id;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return page.show(id, model);
    }

    @PostMapping("/admin/applications/{id}/visits")
    String schedule(
            @PathVariable long id,
            @ModelAttribute("visitForm") VisitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                visits.schedule(form.toSchedule(id, displayTime.zone()));
                flash.success(redirect, "selection.file.flash.visitScheduled");
                return "redirect:/admin/applications/" + id;
            } catch (RefusedChange e) {
                visitRefusal(binding, e);
            }
        }
        return page.show(id, model);
    }

    /**
     * A renewal whose evaluation passed, accepted without a committee (director, administrator; when the setting
     * allows it): refused with its explanation otherwise.
     */
    @PostMapping("/admin/applications/{id}/accept-renewal")
    String acceptRenewal(
            @PathVariable long id,
            @ModelAttribute("acceptRenewalForm") StepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                applications.acceptRenewalWithoutCommittee(form.toCommand(id));
                flash.success(redirect, "selection.file.flash.renewalAccepted");
                return "redirect:/admin/applications/" + id;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return page.show(id, model);
    }

    /** A deferred file reopened, to the review or straight to a new visit, with a reason. */
    @PostMapping("/admin/applications/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @Valid @ModelAttribute("reopenForm") ReopenForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("to") && (form.getTo() == null || !ReopenForm.TARGETS.contains(form.getTo()))) {
            binding.rejectValue("to", "selection.reopen.error.to");
        }
        if (!binding.hasErrors()) {
            try {
                if (form.withVisit()) {
                    visits.reopenWithVisit(form.toReopenWithVisit(id, displayTime.zone()));
                    flash.success(redirect, "selection.file.flash.reopenedWithVisit");
                } else {
                    applications.reopenForReview(form.toStep(id));
                    flash.success(redirect, "selection.file.flash.reopened");
                }
                return "redirect:/admin/applications/" + id;
            } catch (RefusedChange e) {
                visitRefusal(binding, e);
            }
        }
        return page.show(id, model);
    }

    /** A visit's refusal beside its field; the start is typed as a date and a time. */
    static void visitRefusal(BindingResult binding, RefusedChange e) {
        if ("startsAt".equals(e.field())) {
            binding.rejectValue("date", e.messageKey(), e.args(), e.messageKey());
        } else {
            Refusals.into(binding, e);
        }
    }
}
