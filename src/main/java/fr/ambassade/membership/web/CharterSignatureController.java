package fr.ambassade.membership.web;

import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.accounts.EstablishmentAccess;
import fr.ambassade.membership.domain.MembershipService;
import fr.ambassade.membership.domain.SignatureTask;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The charter signature in the provider space: the candidate (after an accepted application) or the ambassador (a
 * new charter version) reads the charter in their language, types their name and consents. Another establishment's
 * charter answers 404.
 */
@Controller
class CharterSignatureController {

    private final MembershipService memberships;
    private final EstablishmentAccess access;
    private final CurrentUser currentUser;
    private final Flash flash;

    CharterSignatureController(
            MembershipService memberships, EstablishmentAccess access, CurrentUser currentUser, Flash flash) {
        this.memberships = memberships;
        this.access = access;
        this.currentUser = currentUser;
        this.flash = flash;
    }

    @GetMapping("/espace/adhesion")
    String tasks(Model model) {
        List<SignatureTask> tasks = memberships.tasksFor(new TreeSet<>(access.managedByCurrentUser()), language());
        model.addAttribute("tasks", tasks);
        return "membership/space-tasks";
    }

    @GetMapping("/espace/adhesion/{providerId}")
    String show(@PathVariable long providerId, Model model) {
        SignatureTask task = task(providerId);
        SignatureForm form = new SignatureForm();
        form.setCharterVersion(task.charter().version());
        form.setLanguage(task.charter().language());
        model.addAttribute("form", form);
        return page(task, model);
    }

    @PostMapping("/espace/adhesion/{providerId}")
    String sign(
            @PathVariable long providerId,
            @Valid @ModelAttribute("form") SignatureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        SignatureTask task = task(providerId);
        if (binding.hasErrors()) {
            return page(task, model);
        }
        try {
            memberships.sign(providerId, form.toCommand());
        } catch (RefusedChange e) {
            Refusals.into(binding, e);
            form.setCharterVersion(task.charter().version());
            return page(task, model);
        }
        flash.success(redirect, "membership.sign.done", task.providerName());
        return "redirect:/espace/adhesion";
    }

    private SignatureTask task(long providerId) {
        access.requireAccess(providerId);
        return memberships
                .task(providerId, language())
                .orElseThrow(() -> new NotFoundException("nothing to sign for " + providerId));
    }

    private String page(SignatureTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute(
                "accountName", currentUser.current().map(a -> a.displayName()).orElse(""));
        return "membership/space-sign";
    }

    private static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        String lang = locale == null ? "fr" : locale.getLanguage();
        return MultilingualText.LANGUAGES.contains(lang) ? lang : "fr";
    }
}
