package fr.ambassade.settings.web;

import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ordered brand values: list, add, edit, reorder, remove. */
@Controller
@RequestMapping("/admin/settings/values")
class ValuesController {

    private final SettingsService settings;
    private final Flash flash;

    ValuesController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("values", settings.values());
        return "settings/values";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new ValueForm());
        model.addAttribute("valueId", null);
        return "settings/value-edit";
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") ValueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        model.addAttribute("valueId", null);
        if (result.hasErrors()) {
            return "settings/value-edit";
        }
        try {
            settings.addValue(form.getCode(), form.name(), form.description());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return "settings/value-edit";
        } catch (DataIntegrityViolationException e) {
            result.rejectValue("code", "settings.error.code.taken", new Object[] {form.getCode()}, null);
            return "settings/value-edit";
        }
        flash.success(redirect, "settings.saved");
        return "redirect:/admin/settings/values";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        BrandValue value = find(id);
        model.addAttribute("form", ValueForm.from(value, settings.valueVersion(id)));
        model.addAttribute("valueId", id);
        return "settings/value-edit";
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ValueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        BrandValue value = find(id);
        form.setCode(value.code()); // the code is fixed once created: grids refer to it
        model.addAttribute("valueId", id);
        if (result.hasErrors()) {
            return "settings/value-edit";
        }
        try {
            settings.changeValue(id, form.getVersion(), form.name(), form.description());
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return "settings/value-edit";
        } catch (OptimisticLockingFailureException e) {
            result.reject("settings.error.stale");
            return "settings/value-edit";
        }
        flash.success(redirect, "settings.saved");
        return "redirect:/admin/settings/values";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction) {
        settings.moveValue(id, direction);
        return "redirect:/admin/settings/values";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            settings.removeValue(id);
            flash.success(redirect, "settings.value.removed");
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        }
        return "redirect:/admin/settings/values";
    }

    private BrandValue find(long id) {
        return settings.values().stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("value " + id));
    }
}
