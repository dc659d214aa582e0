package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.DemoAccounts;
import fr.ambassade.accounts.domain.DemoMode;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) Integer locked,
            @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("loginError", error != null);
        model.addAttribute("lockedMinutes", locked);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("demoLogins", demoMode.enabled() ? DemoAccounts.ALL : List.of());
        return "accounts/login";
    }
}
