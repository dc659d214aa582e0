package fr.ambassade.selection.web;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff's application queue: counts per state, filters by state and kind, the latest changed first. */
@Controller
class ApplicationQueueController {

    private final ApplicationService applications;

    ApplicationQueueController(ApplicationService applications) {
        this.applications = applications;
    }

    @GetMapping("/admin/applications")
    String queue(
            @ModelAttribute("filters") ApplicationQueueForm filters,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        ListFilters.ignoreUnreadable(binding, model);
        Map<ApplicationState, Long> counts = applications.countsByState();
        Page<ApplicationService.QueueRow> page =
                applications.queue(filters.getState(), filters.getKind(), ListFilters.page(request, model));
        model.addAttribute("counts", counts);
        model.addAttribute(
                "total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("kinds", ApplicationKind.values());
        model.addAttribute("page", page);
        model.addAttribute(
                "mayOpenFiles",
                fr.ambassade.shared.security.ActingUser.hasAnyRole(fr.ambassade.selection.SelectionRoles.MANAGERS));
        if (page.hasPrevious()) {
            model.addAttribute("previousUrl", filters.pageUrl(page.getNumber() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("nextUrl", filters.pageUrl(page.getNumber() + 1));
        }
        return "selection/queue";
    }
}
