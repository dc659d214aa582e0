package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.DemoAccounts;
import fr.ambassade.accounts.domain.DemoMode;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** Set by the login failure handler: the e-mail typed in the refused attempt. */
    static final String LAST_EMAIL = "accounts.login.lastEmail";

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) Integer locked,
            @RequestParam(required = false) String logout,
            @RequestParam(name = fr.ambassade.accounts.LocalRedirect.PARAMETER, required = false) String next,
            HttpSession session,
            Model model) {
        Object lastEmail = session == null ? null : session.getAttribute(LAST_EMAIL);
        if (lastEmail != null) {
            session.removeAttribute(LAST_EMAIL);
        }
        model.addAttribute("lastEmail", error != null || locked != null ? lastEmail : null);
        model.addAttribute("loginError", error != null);
        model.addAttribute("lockedMinutes", locked);
        model.addAttribute("loggedOut", logout != null);
        // carried by the form to the success handler, which checks it again
        model.addAttribute("next", fr.ambassade.accounts.LocalRedirect.of(next).orElse(null));
        model.addAttribute("demoLogins", demoMode.enabled() ? DemoAccounts.ALL : List.of());
        return "accounts/login";
    }
}
