package fr.ambassade.site;

import fr.ambassade.settings.DestinationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the two calls to action of the destination. */
@Controller
class HomeController {

    private final DestinationSettings settings;

    HomeController(DestinationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("values", settings.values());
        return "site/home";
    }

    @GetMapping("/devenir-ambassadeur")
    String becomeAmbassador(Model model) {
        model.addAttribute("values", settings.values());
        model.addAttribute("charter", settings.currentCharter());
        return "site/become-ambassador";
    }

    @GetMapping("/habitants")
    String residents() {
        return "site/residents";
    }
}
