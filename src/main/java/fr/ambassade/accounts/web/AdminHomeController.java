package fr.ambassade.accounts.web;

import fr.ambassade.accounts.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Back-office home: a welcome and the sections the user may open (the dashboard module may replace it). */
@Controller
class AdminHomeController {

    private final CurrentUser currentUser;

    AdminHomeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("me", currentUser.current().orElse(null));
        return "accounts/admin-home";
    }
}
