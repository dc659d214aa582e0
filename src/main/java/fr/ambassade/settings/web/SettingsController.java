package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overview of the settings and the "general" page. */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private final SettingsService settings;
    private final Flash flash;

    SettingsController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("settings", settings.current());
        model.addAttribute("values", settings.values());
        model.addAttribute("selectionRules", settings.selectionRules());
        model.addAttribute("grid", settings.currentGrid());
        model.addAttribute("charter", settings.currentCharter());
        return "settings/overview";
    }

    @GetMapping("/general")
    String general(Model model) {
        model.addAttribute("form", GeneralForm.from(settings.current()));
        return "settings/general";
    }

    @PostMapping("/general")
    String saveGeneral(
            @Valid @ModelAttribute("form") GeneralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!result.hasFieldErrors("timeZone") && !form.hasValidTimeZone()) {
            result.rejectValue("timeZone", "settings.error.timeZone");
        }
        if (result.hasErrors()) {
            return "settings/general";
        }
        try {
            settings.changeGeneral(form.getVersion(), form.toSettings());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return "settings/general";
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return "settings/general";
        }
        flash.success(redirect, "settings.saved");
        return "redirect:/admin/settings/general";
    }
}
