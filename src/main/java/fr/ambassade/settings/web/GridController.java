package fr.ambassade.settings.web;

import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.domain.CriterionDraft;
import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

/** The evaluation grid: current version, older versions (read-only) and the edit that writes a new one. */
@Controller
@RequestMapping("/admin/settings/grid")
class GridController {

    private final SettingsService settings;
    private final Flash flash;

    GridController(SettingsService settings, Flash flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String current(Model model) {
        return show(settings.currentGrid(), model);
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable int number, Model model) {
        return show(settings.grid(number), model);
    }

    private String show(Grid grid, Model model) {
        model.addAttribute("grid", grid);
        model.addAttribute("latest", settings.currentGrid().version());
        model.addAttribute("versions", settings.gridVersions());
        model.addAttribute(
                "valueNames", settings.values().stream().collect(Collectors.toMap(BrandValue::code, BrandValue::name)));
        model.addAttribute("threshold", settings.current().passThresholdPercent());
        return "settings/grid";
    }

    @GetMapping("/edit")
    String edit(Model model) {
        model.addAttribute("form", GridForm.from(settings.currentGrid()));
        model.addAttribute("values", settings.values());
        return "settings/grid-edit";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") GridForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        model.addAttribute("values", settings.values());
        List<String> codes = settings.values().stream().map(BrandValue::code).toList();
        List<CriterionDraft> drafts = form.toDrafts(result, codes);
        if (result.hasErrors()) {
            return "settings/grid-edit";
        }
        int number;
        try {
            number = settings.writeGrid(form.getBasedOnVersion(), drafts);
        } catch (RefusedChange e) {
            Refusals.into(result, e);
            return "settings/grid-edit";
        } catch (DataIntegrityViolationException e) {
            // another director wrote the same version number at the same moment
            result.reject("settings.error.stale");
            return "settings/grid-edit";
        }
        flash.success(redirect, "settings.grid.saved", number);
        return "redirect:/admin/settings/grid";
    }
}
