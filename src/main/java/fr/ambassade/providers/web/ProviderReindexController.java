package fr.ambassade.providers.web;

import fr.ambassade.providers.domain.ProviderIndexer;
import fr.ambassade.shared.web.Flash;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rebuild of the search index; the progress is a fragment that htmx polls while a run is going. */
@Controller
@RequestMapping("/admin/providers/reindex")
class ProviderReindexController {

    private final ProviderIndexer indexer;
    private final Flash flash;

    ProviderReindexController(ProviderIndexer indexer, Flash flash) {
        this.indexer = indexer;
        this.flash = flash;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("progress", indexer.progress());
        return "providers/reindex";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("progress", indexer.progress());
        return "providers/reindex :: progress";
    }

    @PostMapping
    String start(RedirectAttributes redirect, Locale locale) {
        boolean started = indexer.startRebuild();
        String key = started ? "providers.reindex.started" : "providers.reindex.alreadyRunning";
        flash.outcome(redirect, started, key);
        return "redirect:/admin/providers/reindex";
    }
}
