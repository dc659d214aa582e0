package fr.ambassade.site;

import fr.ambassade.settings.DestinationSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** The public home page and the two calls to action of the destination. */
@Controller
class HomeController {

    private final DestinationSettings settings;

    HomeController(DestinationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("values", settings.values());
        model.addAttribute("becomeAmbassadorLink", SitePaths.becomeAmbassadorLink(locale));
        return "site/home";
    }

    /**
     * One page, its path translated: {@code /devenir-ambassadeur}, {@code /en/become-an-ambassador},
     * {@code /nl/ambassadeur-worden}. Another language's path (a link typed by hand, the old
     * {@code /en/devenir-ambassadeur}) is moved permanently to the path of the page's language.
     */
    @GetMapping({SitePaths.BECOME_AMBASSADOR_FR, SitePaths.BECOME_AMBASSADOR_EN, SitePaths.BECOME_AMBASSADOR_NL})
    Object becomeAmbassador(Locale locale, HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(SitePaths.becomeAmbassador(locale))) {
            RedirectView redirect = new RedirectView(SitePaths.becomeAmbassadorLink(locale), true);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return (View) redirect;
        }
        model.addAttribute("values", settings.values());
        model.addAttribute("charter", settings.currentCharter());
        model.addAttribute("alternates", SitePaths.becomeAmbassadorAlternates());
        model.addAttribute("startApplication", SitePaths.START_APPLICATION);
        return "site/become-ambassador";
    }

    @GetMapping("/habitants")
    String residents() {
        return "site/residents";
    }
}
