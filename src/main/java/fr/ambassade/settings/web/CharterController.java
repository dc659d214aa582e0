package fr.ambassade.settings.web;

import fr.ambassade.settings.Charter;
import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The charter: current version, older versions (read-only) and the edit that writes a new one. */
@Controller
@RequestMapping("/admin/settings/charter")
class CharterController {

    private final SettingsService settings;
    private final Flash flash;

    CharterController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String current(Model model) {
        return show(settings.currentCharter(), model);
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable int number, Model model) {
        return show(settings.charter(number), model);
    }

    private String show(Charter charter, Model model) {
        model.addAttribute("charter", charter);
        model.addAttribute("latest", settings.currentCharter().version());
        model.addAttribute("versions", settings.charterVersions());
        return "settings/charter";
    }

    @GetMapping("/edit")
    String edit(Model model) {
        model.addAttribute("form", CharterForm.from(settings.currentCharter()));
        return "settings/charter-edit";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") CharterForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Locale locale) {
        List<MultilingualText> commitments = form.toCommitments(result);
        if (result.hasErrors()) {
            return "settings/charter-edit";
        }
        int number;
        try {
            number = settings.writeCharter(form.getBasedOnVersion(), commitments);
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return "settings/charter-edit";
        } catch (DataIntegrityViolationException e) {
            result.reject("settings.error.stale");
            return "settings/charter-edit";
        }
        flash.success(redirect, "settings.charter.saved", number);
        return "redirect:/admin/settings/charter";
    }
}
