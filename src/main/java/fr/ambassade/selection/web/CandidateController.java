package fr.ambassade.selection.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.selection.ApplicationIncomplete;
import fr.ambassade.selection.domain.ApplicationPhotos;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.CandidateService;
import fr.ambassade.selection.domain.PhotoCheck;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import fr.ambassade.territory.Territory;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidate's pages in the provider space ({@code /espace/candidature…}): an anonymous visitor is offered to sign
 * in or create an account; a provider user starts an application, chooses or adds the establishment, writes the
 * draft, submits it, follows its state and may withdraw it. Another candidate's file answers 404 (the service).
 */
@Controller
@RequestMapping(CandidateController.BASE)
class CandidateController {

    static final String BASE = "/espace/candidature";
    /** The invited candidate's landing after the login ({@code InvitationService.INVITED_LANDING}). */
    static final String INVITATION = "/invitation";

    private final CandidateService candidates;
    private final fr.ambassade.selection.domain.ApplicationService applications;
    private final ApplicationPhotos photos;
    private final DestinationSettings settings;
    private final Territory territory;
    private final CurrentUser currentUser;
    private final DisplayTime displayTime;
    private final Flash flash;

    CandidateController(
            CandidateService candidates,
            fr.ambassade.selection.domain.ApplicationService applications,
            ApplicationPhotos photos,
            DestinationSettings settings,
            Territory territory,
            CurrentUser currentUser,
            DisplayTime displayTime,
            Flash flash) {
        this.candidates = candidates;
        this.applications = applications;
        this.photos = photos;
        this.settings = settings;
        this.territory = territory;
        this.currentUser = currentUser;
        this.displayTime = displayTime;
        this.flash = flash;
    }

    @GetMapping
    String home(Model model) {
        if (!currentUser.hasRole(Role.PROVIDER)) {
            // anonymous (or not a provider user): sign in or create an account
            model.addAttribute("signedIn", currentUser.current().isPresent());
            return "selection/candidate-welcome";
        }
        model.addAttribute("applications", candidates.mine());
        model.addAttribute("managed", candidates.managedEstablishments());
        return "selection/candidate-home";
    }

    /**
     * Where the invitation's set-password link leads after the login: the pre-filled draft staff invited this
     * candidate to complete (the newest), else their applications.
     */
    @GetMapping(INVITATION)
    String invitation() {
        return candidates
                .invitedDraft()
                .map(id -> "redirect:" + BASE + "/" + id)
                .orElse("redirect:" + BASE);
    }

    @PostMapping("/nouvelle")
    String start(@RequestParam(required = false) Long providerId, RedirectAttributes redirect, Locale locale) {
        try {
            ApplicationView draft = candidates.start(providerId);
            return "redirect:" + BASE + "/" + draft.id();
        } catch (RefusedChange e) {
            flashRefusal(redirect, e, locale);
            return "redirect:" + BASE;
        }
    }

    @GetMapping("/{id:\\d+}")
    String file(@PathVariable long id, Model model) {
        CandidateService.CandidateFile file = candidates.file(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplicationForm.of(file.application()));
        }
        return show(file, model);
    }

    @PostMapping("/{id:\\d+}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") ApplicationForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ApplicationView saved;
        try {
            saved = applications.editDraft(form.toCommand(id));
        } catch (RefusedChange e) {
            refuse(binding, e, locale);
            return show(candidates.file(id), model);
        }
        if (!"submit".equals(action)) {
            flash.success(redirect, "selection.candidate.flash.saved");
            return "redirect:" + BASE + "/" + id;
        }
        try {
            applications.submit(new fr.ambassade.selection.domain.Commands.Step(id, saved.version(), null));
        } catch (RefusedChange e) {
            // the draft is kept (saved above); each missing field is named beside it
            form.setVersion(saved.version());
            refuse(binding, e, locale);
            return show(candidates.file(id), model);
        }
        flash.success(redirect, "selection.candidate.flash.submitted");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id:\\d+}/photos")
    String addPhoto(
            @PathVariable long id,
            @ModelAttribute("photoForm") PhotoForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            MultipartFile upload = form.getFile();
            if (upload == null || upload.isEmpty()) {
                throw RefusedChange.onField("file", "selection.photo.error.empty");
            }
            // refused before reading a large upload into memory (the route's upload limit stops far larger ones)
            if (upload.getSize() > PhotoCheck.MAX_BYTES) {
                throw PhotoCheck.tooLarge(upload.getSize());
            }
            photos.add(id, form.getAltText(), upload.getBytes());
        } catch (RefusedChange e) {
            if (e.field() == null) {
                // not a draft any more: nothing to correct in the form
                flash.error(redirect, e);
                return "redirect:" + BASE + "/" + id;
            }
            Refusals.into(binding, e);
            CandidateService.CandidateFile file = candidates.file(id);
            model.addAttribute("form", ApplicationForm.of(file.application()));
            model.addAttribute("photoRefused", true);
            return show(file, model);
        } catch (IOException e) {
            binding.rejectValue("file", "selection.photo.error.notImage");
            model.addAttribute("photoRefused", true);
            CandidateService.CandidateFile file = candidates.file(id);
            model.addAttribute("form", ApplicationForm.of(file.application()));
            return show(file, model);
        }
        flash.success(redirect, "selection.photo.flash.added");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id:\\d+}/photos/{photoId:\\d+}/retrait")
    String removePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        try {
            photos.remove(id, photoId);
        } catch (RefusedChange e) {
            flash.error(redirect, e);
            return "redirect:" + BASE + "/" + id;
        }
        flash.success(redirect, "selection.photo.flash.removed");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id:\\d+}/etablissement")
    String establishment(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String commune,
            Model model) {
        CandidateService.CandidateFile file = candidates.file(id);
        model.addAttribute("file", file);
        model.addAttribute("name", name);
        model.addAttribute("commune", commune);
        boolean searched = name != null && !name.isBlank() && commune != null && !commune.isBlank();
        model.addAttribute("searched", searched);
        model.addAttribute("results", searched ? candidates.searchEstablishments(name, commune) : List.of());
        if (!model.containsAttribute("establishment")) {
            EstablishmentForm form = new EstablishmentForm();
            form.setVersion(file.application().version());
            form.setName(name);
            form.setCommuneCode(commune);
            model.addAttribute("establishment", form);
        }
        return establishmentPage(model);
    }

    @PostMapping("/{id:\\d+}/etablissement/choisir")
    String choose(
            @PathVariable long id,
            @RequestParam long providerId,
            @RequestParam long version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            candidates.chooseEstablishment(id, version, providerId);
        } catch (RefusedChange e) {
            flashRefusal(redirect, e, locale);
            return "redirect:" + BASE + "/" + id + "/etablissement";
        }
        flash.success(redirect, "selection.candidate.flash.establishmentChosen");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id:\\d+}/etablissement/nouveau")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("establishment") EstablishmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                candidates.createEstablishment(id, form.getVersion(), form.toCommand());
                flash.success(redirect, "selection.candidate.flash.establishmentCreated");
                return "redirect:" + BASE + "/" + id;
            } catch (RefusedChange e) {
                refuse(binding, e, locale);
            }
        }
        model.addAttribute("file", candidates.file(id));
        model.addAttribute("searched", false);
        model.addAttribute("results", List.of());
        return establishmentPage(model);
    }

    @GetMapping("/{id:\\d+}/retrait")
    String withdrawPage(@PathVariable long id, Model model) {
        CandidateService.CandidateFile file = candidates.file(id);
        WithdrawForm form = new WithdrawForm();
        form.setVersion(file.application().version());
        model.addAttribute("file", file);
        model.addAttribute("withdraw", form);
        return "selection/candidate-withdraw";
    }

    @PostMapping("/{id:\\d+}/retrait")
    String withdraw(
            @PathVariable long id,
            @Valid @ModelAttribute("withdraw") WithdrawForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                applications.withdraw(form.toCommand(id));
                flash.success(redirect, "selection.candidate.flash.withdrawn");
                return "redirect:" + BASE + "/" + id;
            } catch (RefusedChange e) {
                refuse(binding, e, locale);
            }
        }
        model.addAttribute("file", candidates.file(id));
        return "selection/candidate-withdraw";
    }

    private String show(CandidateService.CandidateFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("values", settings.values());
        model.addAttribute("photos", photos.of(file.application().id()));
        model.addAttribute("maxPhotos", ApplicationPhotos.MAX_PHOTOS);
        model.addAttribute("photoMaxMegabytes", PhotoCheck.maxMegabytes());
        model.addAttribute("photoMaxMegapixels", PhotoCheck.MAX_PIXELS / 1_000_000);
        if (!model.containsAttribute("photoForm")) {
            model.addAttribute("photoForm", new PhotoForm());
        }
        return "selection/candidate-file";
    }

    private String establishmentPage(Model model) {
        model.addAttribute("communes", territory.territoryCommunes());
        Map<String, String> categories = new LinkedHashMap<>();
        for (ProviderCategory c : ProviderCategory.values()) {
            categories.put(c.name(), "selection.category." + c.name());
        }
        model.addAttribute("categories", categories);
        return "selection/candidate-establishment";
    }

    /** Each missing field of an incomplete file beside it; any other refusal beside its field or above the form. */
    private void refuse(BindingResult binding, RefusedChange e, Locale locale) {
        if (e instanceof ApplicationIncomplete incomplete) {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
            for (String field : incomplete.missingFields()) {
                String key = field.startsWith("selfAssessment[")
                        ? "selection.error.missing.selfAssessment"
                        : "selection.error.missing." + field;
                binding.rejectValue(field, key);
            }
            return;
        }
        Refusals.into(binding, localized(e, locale));
    }

    private void flashRefusal(RedirectAttributes redirect, RefusedChange e, Locale locale) {
        flash.error(redirect, localized(e, locale));
    }

    /** The reapplication date of a refusal, written as a date of the reader's language. */
    private RefusedChange localized(RefusedChange e, Locale locale) {
        if ("selection.error.reapplyTooSoon".equals(e.messageKey()) && e.args().length == 1) {
            LocalDate from = LocalDate.parse(String.valueOf(e.args()[0]));
            return RefusedChange.onField(
                    e.field(),
                    e.messageKey(),
                    displayTime.date(from.atStartOfDay(displayTime.zone()).toInstant(), locale));
        }
        return e;
    }

    /** The summary of an establishment chosen for a page (used by the templates). */
    static String communeOf(ProviderSummary p) {
        return p.communeName() == null ? "" : p.communeName();
    }
}
