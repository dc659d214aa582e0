package fr.ambassade.audit.web;

import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class AuditController {

    /** The destination's time zone; a destination setting will replace it. */
    private final AuditEntries entries;

    private final DisplayTime displayTime;

    AuditController(AuditEntries entries, DisplayTime displayTime) {
        this.entries = entries;
        this.displayTime = displayTime;
    }

    @GetMapping("/admin/audit")
    String list(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        // An unreadable value is named (and a date shown beside its field) and ignored; the other filters apply.
        ListFilters.ignoreUnreadable(binding, model);
        if (binding.hasFieldErrors("from")) {
            filter.setFrom(null);
        }
        if (binding.hasFieldErrors("to")) {
            filter.setTo(null);
        }
        Page<AuditEntries.Entry> page = entries.find(filter, displayTime.zone(), ListFilters.page(request, model));
        model.addAttribute("page", page);
        if (page.hasPrevious()) {
            model.addAttribute("previousUrl", filter.pageUrl(page.getNumber() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("nextUrl", filter.pageUrl(page.getNumber() + 1));
        }
        return "audit/list";
    }
}
