package fr.ambassade.audit.web;

import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
            @PageableDefault(size = 25) Pageable pageable, Model model) {
        // An unreadable date is shown beside its field and ignored, the other filters still apply.
        if (binding.hasFieldErrors("from")) {
            filter.setFrom(null);
        }
        if (binding.hasFieldErrors("to")) {
            filter.setTo(null);
        }
        Page<AuditEntries.Entry> page = entries.find(filter, ZONE, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
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
