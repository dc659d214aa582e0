package fr.ambassade.selection.web;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.selection.domain.AgendaEntry;
import fr.ambassade.selection.domain.CommitteeService;
import fr.ambassade.selection.domain.CommitteeSessionView;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.pdf.PdfRenderer;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Committee sessions: the list (coming and held), a session's form, its preparation page (agenda, scores, spread,
 * recommendations; printable), the agenda, the decisions (recorded by {@link SelectionRoles#DECIDERS}) and the
 * minutes as a PDF.
 */
@Controller
@RequestMapping("/admin/committees")
class CommitteeController {

    private final CommitteeService committees;
    private final DestinationSettings settings;
    private final PdfRenderer pdf;
    private final DisplayTime displayTime;
    private final Flash flash;

    CommitteeController(
            CommitteeService committees,
            DestinationSettings settings,
            PdfRenderer pdf,
            DisplayTime displayTime,
            Flash flash) {
        this.committees = committees;
        this.settings = settings;
        this.pdf = pdf;
        this.displayTime = displayTime;
        this.flash = flash;
    }

    @GetMapping
    String list(Model model) {
        List<CommitteeSessionView> all = committees.sessions();
        var today = displayTime.today();
        model.addAttribute(
                "coming",
                all.stream()
                        .filter(s -> !s.heldBefore(today))
                        .sorted(java.util.Comparator.comparing(CommitteeSessionView::heldOn))
                        .toList());
        model.addAttribute("held", all.stream().filter(s -> s.heldBefore(today)).toList());
        model.addAttribute("zone", displayTime.zone());
        return "selection/committee-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("sessionForm", new CommitteeSessionForm());
        return formPage(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("sessionForm") CommitteeSessionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                CommitteeSessionView s = committees.create(form.toCommand());
                flash.success(redirect, "selection.committee.flash.created", heldAt(s, locale));
                return "redirect:/admin/committees/" + s.id();
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CommitteeSessionView s = committees.get(id);
        model.addAttribute("sessionForm", CommitteeSessionForm.of(s));
        return formPage(model, s);
    }

    @PostMapping("/{id:\\d+}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") CommitteeSessionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        CommitteeSessionView current = committees.get(id);
        if (!binding.hasErrors()) {
            try {
                CommitteeSessionView s = committees.update(form.toChange(id));
                flash.success(redirect, "selection.committee.flash.changed", heldAt(s, locale));
                return "redirect:/admin/committees/" + id;
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return formPage(model, current);
    }

    private String formPage(Model model, CommitteeSessionView session) {
        model.addAttribute("committee", session);
        model.addAttribute("staff", committees.staffAccounts());
        return "selection/committee-form";
    }

    @GetMapping("/{id:\\d+}")
    String preparation(@PathVariable long id, Model model) {
        CommitteeSessionView s = committees.get(id);
        model.addAttribute("committee", s);
        model.addAttribute("zone", displayTime.zone());
        model.addAttribute("members", committees.members(s));
        model.addAttribute("entries", committees.agenda(id));
        model.addAttribute("candidates", committees.agendaCandidates());
        model.addAttribute("mayDecide", ActingUser.hasAnyRole(SelectionRoles.DECIDERS));
        return "selection/committee";
    }

    @PostMapping("/{id:\\d+}/agenda")
    String addToAgenda(
            @PathVariable long id,
            @RequestParam long applicationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            committees.addToAgenda(id, applicationId, version);
            flash.success(redirect, "selection.committee.flash.added", applicationId);
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        }
        return "redirect:/admin/committees/" + id;
    }

    @PostMapping("/{id:\\d+}/agenda/{applicationId:\\d+}/remove")
    String removeFromAgenda(
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            committees.removeFromAgenda(id, applicationId, version);
            flash.success(redirect, "selection.committee.flash.removed", applicationId);
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        }
        return "redirect:/admin/committees/" + id;
    }

    @GetMapping("/{id:\\d+}/decisions/{applicationId:\\d+}")
    String decisionForm(@PathVariable long id, @PathVariable long applicationId, Model model) {
        AgendaEntry entry = entry(id, applicationId);
        CommitteeDecisionForm form = new CommitteeDecisionForm();
        form.setApplicationId(applicationId);
        form.setVersion(entry.application().version());
        model.addAttribute("decisionForm", form);
        return decisionPage(model, id, entry);
    }

    @PostMapping("/{id:\\d+}/decisions")
    String decide(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") CommitteeDecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CommitteeSessionView s = committees.get(id);
        boolean onAgenda = s.item(form.getApplicationId()).isPresent();
        if (!binding.hasErrors() || !onAgenda) {
            try {
                var decided = committees.decide(form.toCommand(id));
                flash.success(redirect, "selection.committee.flash.decided." + decided.state(), decided.id());
                return "redirect:/admin/committees/" + id;
            } catch (RefusedChange e) {
                if (!onAgenda) {
                    flash.error(redirect, e);
                    return "redirect:/admin/committees/" + id;
                }
                Refusals.into(binding, e);
            }
        }
        return decisionPage(model, id, entry(id, form.getApplicationId()));
    }

    private String decisionPage(Model model, long sessionId, AgendaEntry entry) {
        model.addAttribute("committee", committees.get(sessionId));
        model.addAttribute("zone", displayTime.zone());
        model.addAttribute("entry", entry);
        model.addAttribute("values", settings.values());
        Map<ApplicationState, String> decisions = new java.util.LinkedHashMap<>();
        for (ApplicationState d :
                List.of(ApplicationState.ACCEPTED, ApplicationState.DECLINED, ApplicationState.DEFERRED)) {
            decisions.put(d, "selection.committee.decision." + d);
        }
        model.addAttribute("decisions", decisions);
        return "selection/committee-decision";
    }

    private AgendaEntry entry(long sessionId, long applicationId) {
        return committees.agenda(sessionId).stream()
                .filter(e -> e.item().applicationId() == applicationId)
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundException("Application " + applicationId + " is not on committee " + sessionId));
    }

    @GetMapping("/{id:\\d+}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, Locale locale) {
        CommitteeSessionView s = committees.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("committee", s);
        model.put("zone", displayTime.zone());
        model.put("members", committees.members(s));
        model.put("entries", committees.agenda(id));
        model.put("values", settings.values());
        byte[] bytes = pdf.render("selection/committee-minutes", locale, model);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("committee-" + s.heldOn() + ".pdf")
                                .build()
                                .toString())
                .body(bytes);
    }

    private String heldAt(CommitteeSessionView s, Locale locale) {
        return s.startsAt() == null
                ? displayTime.date(s.heldAt(displayTime.zone()), locale)
                : displayTime.dateTime(s.heldAt(displayTime.zone()), locale);
    }
}
