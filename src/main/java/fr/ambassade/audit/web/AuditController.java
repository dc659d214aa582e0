package fr.ambassade.audit.web;

import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class AuditController {

    /** The destination's time zone; a destination setting will replace it. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
            HttpServletRequest request, Model model) {
        // An unreadable value is named (and a date shown beside its field) and ignored; the other filters apply.
        ListFilters.ignoreUnreadable(binding, model);
        if (binding.hasFieldErrors("from")) {
            filter.setFrom(null);
        }
        if (binding.hasFieldErrors("to")) {
            filter.setTo(null);
        }
        Page<AuditEntries.Entry> page = entries.find(filter, ZONE, ListFilters.page(request, model));
        model.addAttribute("page", page);
        model.addAttribute("zone", ZONE);
        if (page.hasPrevious()) {
            model.addAttribute("previousUrl", filter.pageUrl(page.getNumber() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("nextUrl", filter.pageUrl(page.getNumber() + 1));
        }
        return "audit/list";
    }
}
