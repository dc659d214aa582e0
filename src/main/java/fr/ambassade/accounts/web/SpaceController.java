package fr.ambassade.accounts.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.accounts.EstablishmentAccess;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home pages of provider users ({@code /espace}) and residents ({@code /account}); their modules fill them later. */
@Controller
class SpaceController {

    private final CurrentUser currentUser;
    private final EstablishmentAccess access;

    SpaceController(CurrentUser currentUser, EstablishmentAccess access) {
        this.currentUser = currentUser;
        this.access = access;
    }

    @GetMapping("/espace")
    String providerSpace(Model model) {
        model.addAttribute("me", currentUser.current().orElse(null));
        model.addAttribute("establishments", new TreeSet<>(access.managedByCurrentUser()));
        return "accounts/espace";
    }

    @GetMapping("/account")
    String residentAccount(Model model) {
        model.addAttribute("me", currentUser.current().orElse(null));
        return "accounts/account";
    }
}
