package fr.ambassade.providers.web;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.ProviderRoles;
import fr.ambassade.providers.domain.LinkedAccounts;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderLookups;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderSearch;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.ListFilters;
import fr.ambassade.shared.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
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

@Controller
@RequestMapping("/admin/providers")
class ProvidersController {

    private final ProviderService service;
    private final ProviderSearch search;
    private final ProviderLookups lookups;
    private final ProviderExporter exporter;
    private final LinkedAccounts accounts;
    private final LabelOptions labelOptions;
    private final String tileUrl;
    private final Flash flash;
    private final DisplayTime displayTime;

    ProvidersController(
            ProviderService service,
            ProviderSearch search,
            ProviderLookups lookups,
            ProviderExporter exporter,
            LinkedAccounts accounts,
            LabelOptions labelOptions,
            AmbassadeProperties properties,
            Flash flash,
            DisplayTime displayTime) {
        this.service = service;
        this.search = search;
        this.lookups = lookups;
        this.exporter = exporter;
        this.accounts = accounts;
        this.labelOptions = labelOptions;
        this.tileUrl = properties.map().tileUrl();
        this.flash = flash;
        this.displayTime = displayTime;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("categories", ProviderCategory.values());
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("accessibilityOptions", ProviderForm.ACCESSIBILITY);
        // value → message key, for the form pieces (layout/forms :: select, checkboxes)
        Map<String, String> categoryOptions = new LinkedHashMap<>();
        for (ProviderCategory c : ProviderCategory.values()) {
            categoryOptions.put(c.name(), "ProviderCategory." + c.name());
        }
        model.addAttribute("categoryOptions", categoryOptions);
        Map<String, String> accessibilityChoices = new LinkedHashMap<>();
        for (String a : ProviderForm.ACCESSIBILITY) {
            accessibilityChoices.put(a, "providers.accessibility." + a);
        }
        model.addAttribute("accessibilityChoices", accessibilityChoices);
        model.addAttribute("descriptionLanguages", ProviderForm.DESCRIPTION_LANGUAGES);
        model.addAttribute("mayEditProviders", ActingUser.hasAnyRole(ProviderRoles.EDITORS));
    }

    @GetMapping
    String list(
            @ModelAttribute("filters") ProviderSearchForm filters,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        ListFilters.ignoreUnreadable(binding, model);
        ProviderSearch.Result result = search.search(filters.toQuery(), ListFilters.page(request, model));
        model.addAttribute("result", result);
        model.addAttribute("page", result.page());
        model.addAttribute("communes", lookups.communes());
        model.addAttribute("labels", lookups.labels());
        model.addAttribute("territories", ProviderQuery.Territory.values());
        model.addAttribute("orders", ProviderQuery.Sort.values());
        model.addAttribute("query", filters.queryString());
        return "providers/list";
    }

    @GetMapping("/export.csv")
    void exportCsv(
            @ModelAttribute("filters") ProviderSearchForm filters,
            BindingResult unreadableIgnored,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", attachment("csv"));
        exporter.csv(filters.toQuery(), locale, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(
            @ModelAttribute("filters") ProviderSearchForm filters,
            BindingResult unreadableIgnored,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", attachment("xlsx"));
        exporter.xlsx(filters.toQuery(), locale, response.getOutputStream());
    }

    private String attachment(String extension) {
        return ContentDisposition.attachment()
                .filename("prestataires-" + displayTime.today() + "." + extension, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        long survivor = service.survivorOf(id);
        if (survivor != id) {
            return "redirect:/admin/providers/" + survivor;
        }
        ProviderView provider = service.get(id);
        model.addAttribute("provider", provider);
        model.addAttribute("linkedAccounts", accounts.emailsOf(id));
        model.addAttribute("tileUrl", tileUrl);
        return "providers/show";
    }

    @GetMapping("/new")
    String createForm(Model model, Locale locale) {
        ProviderForm form = ProviderForm.empty();
        model.addAttribute("form", form);
        return formView(model, form, null, locale);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        checkCrossFields(form, binding);
        if (!binding.hasErrors()) {
            try {
                ProviderView p = service.create(form.toDetails(), form.toContacts(), form.toLabels(knownLabels(null)));
                flash.success(redirect, "providers.flash.created", p.name());
                return "redirect:/admin/providers/" + p.id();
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return formAgain(model, form, null, locale);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        ProviderView p = service.get(id);
        if (p.isMerged()) {
            return "redirect:/admin/providers/" + service.survivorOf(id);
        }
        ProviderForm form = ProviderForm.of(p);
        model.addAttribute("form", form);
        model.addAttribute("providerId", id);
        return formView(model, form, p, locale);
    }

    @PostMapping("/{id:\\d+}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        model.addAttribute("providerId", id);
        checkCrossFields(form, binding);
        if (form.getVersion() == null) {
            binding.reject("providers.error.stale");
        }
        if (!binding.hasErrors()) {
            try {
                ProviderView p = service.update(
                        id,
                        form.getVersion(),
                        form.toDetails(),
                        form.toContacts(),
                        form.toLabels(knownLabels(service.get(id))));
                flash.success(redirect, "providers.flash.updated", p.name());
                return "redirect:/admin/providers/" + id;
            } catch (StaleEdit | OptimisticLockingFailureException e) {
                staleEdit(binding, model);
            } catch (RefusedChange e) {
                Refusals.into(binding, e);
            }
        }
        return formAgain(model, form, service.get(id), locale);
    }

    /** The typed values stay in the form; the staff member compares with the current record (link) and saves again. */
    private static void staleEdit(BindingResult binding, Model model) {
        binding.reject("providers.error.stale");
        model.addAttribute("stale", true);
    }

    @PostMapping("/{id:\\d+}/accounts")
    String linkAccount(@PathVariable long id, @RequestParam String email, RedirectAttributes redirect, Locale locale) {
        service.get(id);
        if (accounts.link(id, email)) {
            flash.success(redirect, "providers.flash.accountLinked", email);
        } else {
            flash.error(redirect, "providers.flash.accountNotLinkable", email);
        }
        return "redirect:/admin/providers/" + id;
    }

    /** The form shown again with its errors and what was typed (an empty contact line to fill in). */
    private String formAgain(Model model, ProviderForm form, ProviderView provider, Locale locale) {
        form.padContacts();
        return formView(model, form, provider, locale);
    }

    /** The form page, with the labels and classifications staff can tick. */
    private String formView(Model model, ProviderForm form, ProviderView provider, Locale locale) {
        model.addAttribute("labelGroups", labelOptions.groups(provider, form.getLabels(), locale));
        return "providers/form";
    }

    private Map<String, ProviderLabel> knownLabels(ProviderView provider) {
        return labelOptions.known(provider);
    }

    private static void checkCrossFields(ProviderForm form, BindingResult binding) {
        if (form.coordinatesIncomplete()) {
            binding.rejectValue(
                    form.getLatitude() == null ? "latitude" : "longitude", "providers.error.coordinatesBoth");
        }
        List<ProviderForm.ContactForm> contacts = form.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).nameMissing()) {
                binding.rejectValue("contacts[" + i + "].name", "providers.error.contactNameBlank");
            }
        }
    }
}
