package fr.ambassade.selection.web;

import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.InvitationService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff invite a provider of the directory to apply, from its page in the back office. */
@Controller
class InvitationController {

    static final String PATH = "/admin/applications/invite";

    private final InvitationService invitations;
    private final Flash flash;

    InvitationController(InvitationService invitations, Flash flash) {
        this.invitations = invitations;
        this.flash = flash;
    }

    @ModelAttribute("languages")
    Map<String, String> languages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", "selection.invite.language.fr");
        m.put("en", "selection.invite.language.en");
        m.put("nl", "selection.invite.language.nl");
        return m;
    }

    @GetMapping(PATH)
    String form(@RequestParam long providerId, Model model) {
        ProviderSummary provider = invitations.provider(providerId);
        InvitationForm form = new InvitationForm();
        form.setProviderId(providerId);
        form.setEmail(provider.email());
        model.addAttribute("provider", provider);
        model.addAttribute("invitation", form);
        return "selection/admin-invite";
    }

    @PostMapping(PATH)
    String invite(
            @Valid @ModelAttribute("invitation") InvitationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProviderSummary provider = invitations.provider(form.getProviderId());
        if (!binding.hasErrors()) {
            try {
                ApplicationView draft = invitations.invite(form.toCommand());
                flash.success(redirect, "selection.invite.flash.sent", form.getEmail(), String.valueOf(draft.id()));
                return "redirect:/admin/providers/" + provider.id();
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        model.addAttribute("provider", provider);
        return "selection/admin-invite";
    }
}
