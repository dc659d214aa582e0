package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.CandidateService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's small action on candidates' establishment matches: a candidate who chose an entry of the directory gets
 * access to it only once staff confirm (the full application screens come later).
 */
@Controller
class MatchAdminController {

    static final String BASE = "/admin/applications/matches";

    private final CandidateService candidates;
    private final Flash flash;

    MatchAdminController(CandidateService candidates, Flash flash) {
        this.candidates = candidates;
        this.flash = flash;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("matches", candidates.pendingMatches());
        return "selection/admin-matches";
    }

    @PostMapping(BASE + "/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        try {
            candidates.confirmMatch(id);
            flash.success(redirect, "selection.match.flash.confirmed");
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        }
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/{id:\\d+}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            candidates.refuseMatch(id, reason);
            flash.success(redirect, "selection.match.flash.refused");
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        }
        return "redirect:" + BASE;
    }
}
