package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.CheckedLogo;
import fr.ambassade.settings.domain.LogoCheck;
import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.io.IOException;
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

/** Logo and colours. */
@Controller
@RequestMapping("/admin/settings/appearance")
class AppearanceController {

    private final SettingsService settings;
    private final Flash flash;

    AppearanceController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String appearance(Model model) {
        model.addAttribute("coloursForm", ColoursForm.from(settings.current()));
        model.addAttribute("logoForm", LogoForm.from(settings.current()));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("settings", settings.current());
        if (!model.containsAttribute("coloursForm")) {
            model.addAttribute("coloursForm", ColoursForm.from(settings.current()));
        }
        if (!model.containsAttribute("logoForm")) {
            model.addAttribute("logoForm", LogoForm.from(settings.current()));
        }
        return "settings/appearance";
    }

    @PostMapping("/colours")
    String saveColours(
            @Valid @ModelAttribute("coloursForm") ColoursForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            settings.changeColours(form.getVersion(), form.colours(), form.accent());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        }
        flash.success(redirect, "settings.saved");
        return "redirect:/admin/settings/appearance";
    }

    @PostMapping("/logo")
    String saveLogo(
            @ModelAttribute("logoForm") LogoForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (form.getLogo() == null || form.getLogo().isEmpty()) {
                throw new RefusedChange("logo", "settings.error.logo.empty");
            }
            // refuse before reading a huge upload into memory
            if (form.getLogo().getSize() > LogoCheck.MAX_BYTES) {
                throw new RefusedChange("logo", "settings.error.logo.tooLarge", LogoCheck.MAX_BYTES / (1024 * 1024));
            }
            CheckedLogo logo = LogoCheck.check(form.getLogo().getBytes());
            settings.changeLogo(form.getVersion(), logo);
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        } catch (IOException e) {
            result.rejectValue("logo", "settings.error.logo.notImage");
            return page(model);
        }
        flash.success(redirect, "settings.logo.saved");
        return "redirect:/admin/settings/appearance";
    }

    @PostMapping("/logo/remove")
    String removeLogo(
            @ModelAttribute("logoForm") LogoForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            settings.removeLogo(form.getVersion());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        }
        flash.success(redirect, "settings.logo.removed");
        return "redirect:/admin/settings/appearance";
    }
}
