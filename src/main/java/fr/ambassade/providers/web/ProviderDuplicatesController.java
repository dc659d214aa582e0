package fr.ambassade.providers.web;

import fr.ambassade.providers.domain.DuplicateFinder;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/providers")
class ProviderDuplicatesController {

    static final int MAX_PAIRS = 300;

    private final DuplicateFinder finder;
    private final ProviderService service;
    private final Flash flash;

    ProviderDuplicatesController(DuplicateFinder finder, ProviderService service, Flash flash) {
        this.finder = finder;
        this.service = service;
        this.flash = flash;
    }

    @GetMapping("/duplicates")
    String duplicates(Model model) {
        model.addAttribute("pairs", finder.find(MAX_PAIRS));
        model.addAttribute("max", MAX_PAIRS);
        return "providers/duplicates";
    }

    /** Side-by-side comparison where staff choose the record that survives. */
    @GetMapping("/merge")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        ProviderView first = service.get(a);
        ProviderView second = service.get(b);
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        return "providers/merge";
    }

    @PostMapping("/merge")
    String merge(@RequestParam long survivor, @RequestParam long merged, RedirectAttributes redirect, Locale locale) {
        try {
            ProviderView p = service.merge(survivor, merged);
            flash.success(redirect, "providers.flash.merged", p.name());
            return "redirect:/admin/providers/" + survivor;
        } catch (RefusedChange e) {
            flash.error(redirect, e);
            return "redirect:/admin/providers/duplicates";
        }
    }
}
