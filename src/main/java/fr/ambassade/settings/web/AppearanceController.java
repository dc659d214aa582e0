package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.CheckedLogo;
import fr.ambassade.settings.domain.LogoCheck;
import fr.ambassade.settings.domain.SettingsException;
import fr.ambassade.settings.domain.SettingsService;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    AppearanceController(SettingsService settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
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
    String saveColours(@Valid @ModelAttribute("coloursForm") ColoursForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            settings.changeColours(form.getVersion(), form.colours(), form.accent());
        } catch (SettingsException e) {
            FormErrors.reject(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("settings.saved", null, locale));
        return "redirect:/admin/settings/appearance";
    }

    @PostMapping("/logo")
    String saveLogo(@ModelAttribute("logoForm") LogoForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (form.getLogo() == null || form.getLogo().isEmpty()) {
                throw new SettingsException("logo", "settings.error.logo.empty");
            }
            // refuse before reading a huge upload into memory
            if (form.getLogo().getSize() > LogoCheck.MAX_BYTES) {
                throw new SettingsException("logo", "settings.error.logo.tooLarge", LogoCheck.MAX_BYTES / (1024 * 1024));
            }
            CheckedLogo logo = LogoCheck.check(form.getLogo().getBytes());
            settings.changeLogo(form.getVersion(), logo);
        } catch (SettingsException e) {
            FormErrors.reject(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        } catch (IOException e) {
            result.rejectValue("logo", "settings.error.logo.notImage");
            return page(model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("settings.logo.saved", null, locale));
        return "redirect:/admin/settings/appearance";
    }

    @PostMapping("/logo/remove")
    String removeLogo(@ModelAttribute("logoForm") LogoForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            settings.removeLogo(form.getVersion());
        } catch (SettingsException e) {
            FormErrors.reject(result, e);
            return page(model);
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return page(model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("settings.logo.removed", null, locale));
        return "redirect:/admin/settings/appearance";
    }
}
