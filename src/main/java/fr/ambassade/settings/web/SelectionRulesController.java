package fr.ambassade.settings.web;

import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "selection rules" page: the rules the selection module applies, as the director sets them. */
@Controller
@RequestMapping("/admin/settings/selection")
class SelectionRulesController {

    private static final String VIEW = "settings/selection";

    private final SettingsService settings;
    private final Flash flash;

    SelectionRulesController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute(
                "form",
                SelectionRulesForm.from(
                        settings.selectionRules(), settings.current().version()));
        return VIEW;
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") SelectionRulesForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            settings.changeSelectionRules(form.getVersion(), form.toRules());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return VIEW;
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return VIEW;
        }
        flash.success(redirect, "settings.saved");
        return "redirect:/admin/settings/selection";
    }
}
