package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users, roles, invitations and deactivation (administrators only). */
@Controller
class AdminUsersController {

    private final AccountService service;
    private final Flash flash;

    AdminUsersController(AccountService service, Flash flash) {
        this.service = service;
        this.flash = flash;
    }

    /** Value → message key, for the form pieces (layout/forms :: checkboxGroup, selectField). */
    @ModelAttribute("roleOptions")
    Map<String, String> roleOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            options.put(r.name(), "Role." + r.name());
        }
        return options;
    }

    @ModelAttribute("localeOptions")
    Map<String, String> localeOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("fr", "accounts.lang.fr");
        options.put("en", "accounts.lang.en");
        return options;
    }

    @GetMapping("/admin/users")
    String list(HttpServletRequest request, Model model) {
        Page<AccountView> page = service.list(ListFilters.page(request, model));
        model.addAttribute("page", page);
        return "accounts/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return "accounts/user-edit";
    }

    @PostMapping("/admin/users/new")
    String invite(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            RedirectAttributes redirect,
            Locale locale) {
        form.setId(null);
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            binding.rejectValue("email", "accounts.user.email.required");
        }
        rejectBadEstablishments(form, binding);
        if (binding.hasErrors()) {
            return "accounts/user-edit";
        }
        try {
            AccountView account = service.invite(form.toInviteCommand());
            flash.success(redirect, "accounts.user.invited", account.email());
            return "redirect:/admin/users";
        } catch (RefusedChange e) {
            binding.rejectValue(
                    "accounts.error.email.taken".equals(e.messageKey()) ? "email" : "roles",
                    e.messageKey(),
                    e.args(),
                    null);
            return "accounts/user-edit";
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", UserForm.of(service.require(id)));
        return "accounts/user-edit";
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            RedirectAttributes redirect,
            Locale locale) {
        AccountView current = service.require(id);
        form.setId(id);
        form.setEmail(current.email());
        rejectBadEstablishments(form, binding);
        if (binding.hasErrors()) {
            return "accounts/user-edit";
        }
        try {
            service.update(form.toUpdateCommand(id), ActingUser.nameOrSystem());
        } catch (StaleEdit e) {
            flash.error(redirect, e);
            return "redirect:/admin/users/" + id;
        } catch (RefusedChange e) {
            binding.rejectValue("roles", e.messageKey(), e.args(), null);
            return "accounts/user-edit";
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "accounts.error.stale");
            return "redirect:/admin/users/" + id;
        }
        flash.success(redirect, "accounts.user.saved", current.email());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        return changeStatus(
                id,
                redirect,
                locale,
                "accounts.user.deactivated",
                () -> service.deactivate(id, version, ActingUser.nameOrSystem()));
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        return changeStatus(id, redirect, locale, "accounts.user.reactivated", () -> service.reactivate(id, version));
    }

    private static void rejectBadEstablishments(UserForm form, BindingResult binding) {
        if (!binding.hasFieldErrors("establishments") && !form.establishmentIdsValid()) {
            binding.rejectValue("establishments", "accounts.user.establishments.invalid");
        }
    }

    private String changeStatus(
            long id,
            RedirectAttributes redirect,
            Locale locale,
            String successKey,
            java.util.function.Supplier<AccountView> change) {
        try {
            AccountView account = change.get();
            flash.success(redirect, successKey, account.email());
        } catch (RefusedChange e) {
            flash.error(redirect, e);
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "accounts.error.stale");
        }
        return "redirect:/admin/users";
    }
}
