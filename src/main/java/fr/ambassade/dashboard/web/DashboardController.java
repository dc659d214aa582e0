package fr.ambassade.dashboard.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.dashboard.DashboardRoles;
import fr.ambassade.dashboard.domain.DashboardFigures;
import fr.ambassade.dashboard.domain.DashboardService;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.ListFilters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The back-office home with the director's panel (for {@link DashboardRoles#READERS}; a welcome for other staff), and
 * the lists behind its figures.
 */
@Controller
class DashboardController {

    private final DashboardService dashboard;
    private final CurrentUser currentUser;
    private final String tileUrl;
    private final String tileAttribution;

    DashboardController(DashboardService dashboard, CurrentUser currentUser, AmbassadeProperties properties) {
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        this.tileUrl = properties.map().tileUrl();
        this.tileAttribution = properties.map().tileAttribution();
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("me", currentUser.current().orElse(null));
        boolean reader = DashboardRoles.READERS.stream().anyMatch(ActingUser::hasRole);
        if (reader) {
            model.addAttribute("panel", dashboard.panel());
            model.addAttribute("margin", DashboardFigures.NEAR_MARGIN);
            model.addAttribute("tileUrl", tileUrl);
            model.addAttribute("tileAttribution", tileAttribution);
        }
        return "dashboard/home";
    }

    @GetMapping("/admin/dashboard/ambassadors")
    String ambassadors(@ModelAttribute("filter") AmbassadorFilter filter, BindingResult binding, Model model) {
        ListFilters.ignoreUnreadable(binding, model);
        boolean near = Boolean.TRUE.equals(filter.getNear());
        model.addAttribute("near", near);
        model.addAttribute("cohort", filter.getCohort());
        model.addAttribute("threshold", dashboard.threshold());
        model.addAttribute("margin", DashboardFigures.NEAR_MARGIN);
        model.addAttribute("ambassadors", dashboard.ambassadors(filter.getCohort(), near));
        return "dashboard/ambassadors";
    }

    @GetMapping("/admin/dashboard/communes")
    String communes(@ModelAttribute("filter") CommuneFilter filter, BindingResult binding, Model model) {
        ListFilters.ignoreUnreadable(binding, model);
        model.addAttribute("covered", filter.getCovered());
        model.addAttribute("communes", dashboard.communes(filter.getCovered()));
        return "dashboard/communes";
    }
}
