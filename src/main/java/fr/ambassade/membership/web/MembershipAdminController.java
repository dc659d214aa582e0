package fr.ambassade.membership.web;

import fr.ambassade.membership.CommitmentKind;
import fr.ambassade.membership.MembershipRoles;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.domain.MembershipDetails;
import fr.ambassade.membership.domain.MembershipRow;
import fr.ambassade.membership.domain.MembershipService;
import fr.ambassade.shared.PageView;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.ListFilters;
import fr.ambassade.shared.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Staff pages of the memberships: the list with its counts, and a membership's page with its actions. */
@Controller
class MembershipAdminController {

    private final MembershipService memberships;
    private final Flash flash;

    MembershipAdminController(MembershipService memberships, Flash flash) {
        this.memberships = memberships;
        this.flash = flash;
    }

    @GetMapping("/admin/memberships")
    String list(
            @ModelAttribute("filter") MembershipFilter filter,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        ListFilters.ignoreUnreadable(binding, model);
        PageRequest pageRequest = ListFilters.page(request, model);
        Page<MembershipRow> page = memberships.list(filter.getStatus(), pageRequest);
        model.addAttribute("page", PageView.of(page));
        model.addAttribute("counts", memberships.counts());
        model.addAttribute("awaitingSignature", memberships.awaitingSignature());
        model.addAttribute("withoutCurrentCharter", memberships.liveWithoutCurrentCharter());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("commitmentKinds", CommitmentKind.values());
        model.addAttribute("previousUrl", page.hasPrevious() ? pageUrl(filter, page.getNumber() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? pageUrl(filter, page.getNumber() + 1) : null);
        return "membership/list";
    }

    private static String pageUrl(MembershipFilter filter, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/memberships");
        if (filter.getStatus() != null) {
            b.queryParam("status", filter.getStatus());
        }
        return b.queryParam("page", page).build().toUriString();
    }

    private static Map<String, String> statusOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (MembershipStatus s : MembershipStatus.values()) {
            out.put(s.name(), "MembershipStatus." + s.name());
        }
        return out;
    }

    @GetMapping("/admin/memberships/{id}")
    String show(@PathVariable long id, Model model) {
        MembershipDetails details = memberships.details(id);
        if (!model.containsAttribute("reasonForm")) {
            ReasonForm form = new ReasonForm();
            form.setVersion(details.version());
            model.addAttribute("reasonForm", form);
        }
        if (!model.containsAttribute("commitmentsForm")) {
            CommitmentsForm form = new CommitmentsForm();
            int year = details.commitmentsByYear().keySet().iterator().next();
            form.setYear(year);
            form.setKept(details.commitmentsByYear().get(year));
            model.addAttribute("commitmentsForm", form);
        }
        model.addAttribute("m", details);
        model.addAttribute("mayDecide", ActingUser.hasAnyRole(MembershipRoles.DECIDERS));
        model.addAttribute("commitmentOptions", commitmentOptions());
        return "membership/show";
    }

    private static Map<String, String> commitmentOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (CommitmentKind k : CommitmentKind.values()) {
            out.put(k.name(), "CommitmentKind." + k.name());
        }
        return out;
    }

    @PostMapping("/admin/memberships/{id}/suspend")
    String suspend(
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return change(
                id,
                form,
                binding,
                model,
                redirect,
                "membership.flash.suspended",
                () -> memberships.suspend(id, form.getVersion(), form.getReason()));
    }

    @PostMapping("/admin/memberships/{id}/reinstate")
    String reinstate(
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return change(
                id,
                form,
                binding,
                model,
                redirect,
                "membership.flash.reinstated",
                () -> memberships.reinstate(id, form.getVersion(), form.getReason()));
    }

    @PostMapping("/admin/memberships/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return change(
                id,
                form,
                binding,
                model,
                redirect,
                "membership.flash.withdrawn",
                () -> memberships.withdraw(id, form.getVersion(), form.getReason()));
    }

    private String change(
            long id,
            ReasonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String successKey,
            Runnable action) {
        if (!binding.hasErrors()) {
            try {
                action.run();
                flash.success(redirect, successKey);
                return "redirect:/admin/memberships/" + id;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("membership.error.stale");
            }
        }
        return show(id, model);
    }

    @PostMapping("/admin/memberships/{id}/commitments")
    String commitments(
            @PathVariable long id,
            @ModelAttribute("commitmentsForm") CommitmentsForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            flash.error(redirect, "membership.error.commitments");
        } else {
            memberships.commitments(id, form.getYear(), form.getKept());
            flash.success(redirect, "membership.flash.commitments", form.getYear());
        }
        return "redirect:/admin/memberships/" + id;
    }
}
