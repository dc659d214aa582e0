package fr.ambassade.providers.web;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.ProviderRoles;
import fr.ambassade.providers.domain.InvalidProviderException;
import fr.ambassade.providers.domain.LinkedAccounts;
import fr.ambassade.providers.domain.Provider;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderLookups;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderSearch;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.StaleProviderException;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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

@Controller
@RequestMapping("/admin/providers")
class ProvidersController {

    private final ProviderService service;
    private final ProviderSearch search;
    private final ProviderLookups lookups;
    private final ProviderExporter exporter;
    private final LinkedAccounts accounts;
    private final MessageSource messages;
    private final LabelOptions labelOptions;
    private final String tileUrl;

    ProvidersController(ProviderService service, ProviderSearch search, ProviderLookups lookups,
            ProviderExporter exporter, LinkedAccounts accounts, MessageSource messages, LabelOptions labelOptions,
            AmbassadeProperties properties) {
        this.service = service;
        this.search = search;
        this.lookups = lookups;
        this.exporter = exporter;
        this.accounts = accounts;
        this.messages = messages;
        this.labelOptions = labelOptions;
        this.tileUrl = properties.map().tileUrl();
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("categories", ProviderCategory.values());
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("accessibilityOptions", ProviderForm.ACCESSIBILITY);
        model.addAttribute("descriptionLanguages", ProviderForm.DESCRIPTION_LANGUAGES);
        model.addAttribute("mayEditProviders", ActingUser.hasAnyRole(ProviderRoles.EDITORS));
    }

    @GetMapping
    String list(@ModelAttribute("filters") ProviderSearchForm filters, BindingResult binding, HttpServletRequest request,
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
    void exportCsv(@ModelAttribute("filters") ProviderSearchForm filters, BindingResult unreadableIgnored, Locale locale,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", attachment("csv"));
        exporter.csv(filters.toQuery(), locale, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@ModelAttribute("filters") ProviderSearchForm filters, BindingResult unreadableIgnored,
            Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", attachment("xlsx"));
        exporter.xlsx(filters.toQuery(), locale, response.getOutputStream());
    }

    private static String attachment(String extension) {
        return ContentDisposition.attachment().filename("prestataires-" + LocalDate.now() + "." + extension, StandardCharsets.UTF_8)
                .build().toString();
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        long survivor = service.survivorOf(id);
        if (survivor != id) {
            return "redirect:/admin/providers/" + survivor;
        }
        Provider provider = service.get(id);
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
    String create(@Valid @ModelAttribute("form") ProviderForm form, BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        checkCrossFields(form, binding);
        if (binding.hasErrors()) {
            form.padContacts();
            return formView(model, form, null, locale);
        }
        try {
            Provider p = service.create(form.toDetails(), form.toContacts(), form.toLabels(knownLabels(null)));
            redirect.addFlashAttribute("flashSuccess", msg("providers.flash.created", locale, p.getName()));
            return "redirect:/admin/providers/" + p.getId();
        } catch (InvalidProviderException e) {
            binding.reject(e.messageKey());
            form.padContacts();
            return formView(model, form, null, locale);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Provider p = service.get(id);
        if (p.isMerged()) {
            return "redirect:/admin/providers/" + service.survivorOf(id);
        }
        ProviderForm form = ProviderForm.of(p);
        model.addAttribute("form", form);
        model.addAttribute("providerId", id);
        return formView(model, form, p, locale);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProviderForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        model.addAttribute("providerId", id);
        checkCrossFields(form, binding);
        if (form.getVersion() == null) {
            binding.reject("providers.error.stale");
        }
        if (binding.hasErrors()) {
            form.padContacts();
            return formView(model, form, service.get(id), locale);
        }
        try {
            Provider p = service.update(id, form.getVersion(), form.toDetails(), form.toContacts(),
                    form.toLabels(knownLabels(service.get(id))));
            redirect.addFlashAttribute("flashSuccess", msg("providers.flash.updated", locale, p.getName()));
            return "redirect:/admin/providers/" + id;
        } catch (StaleProviderException | OptimisticLockingFailureException e) {
            // the typed values stay in the form; the staff member compares with the current record (link) and saves again
            binding.reject("providers.error.stale");
            model.addAttribute("stale", true);
            form.padContacts();
            return formView(model, form, service.get(id), locale);
        } catch (InvalidProviderException e) {
            binding.reject(e.messageKey());
            form.padContacts();
            return formView(model, form, service.get(id), locale);
        }
    }

    @PostMapping("/{id:\\d+}/accounts")
    String linkAccount(@PathVariable long id, @RequestParam String email, RedirectAttributes redirect, Locale locale) {
        service.get(id);
        if (accounts.link(id, email)) {
            redirect.addFlashAttribute("flashSuccess", msg("providers.flash.accountLinked", locale, email));
        } else {
            redirect.addFlashAttribute("flashError", msg("providers.flash.accountNotLinkable", locale, email));
        }
        return "redirect:/admin/providers/" + id;
    }

    /** The form page, with the labels and classifications staff can tick. */
    private String formView(Model model, ProviderForm form, Provider provider, Locale locale) {
        model.addAttribute("labelGroups", labelOptions.groups(provider, form.getLabels(), locale));
        return "providers/form";
    }

    private Map<String, ProviderLabel> knownLabels(Provider provider) {
        return labelOptions.known(provider);
    }

    private static void checkCrossFields(ProviderForm form, BindingResult binding) {
        if (form.coordinatesIncomplete()) {
            binding.rejectValue(form.getLatitude() == null ? "latitude" : "longitude", "providers.error.coordinatesBoth");
        }
        List<ProviderForm.ContactForm> contacts = form.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).nameMissing()) {
                binding.rejectValue("contacts[" + i + "].name", "providers.error.contactNameBlank");
            }
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
