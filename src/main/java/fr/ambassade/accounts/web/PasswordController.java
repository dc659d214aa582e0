package fr.ambassade.accounts.web;

import fr.ambassade.accounts.LocalRedirect;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password and set-password links (reset, invitation, first administrator). */
@Controller
class PasswordController {

    private final AccountService service;
    private final LoginThrottle throttle;
    private final Flash flash;

    PasswordController(AccountService service, LoginThrottle throttle, Flash flash) {
        this.service = service;
        this.throttle = throttle;
        this.flash = flash;
    }

    @GetMapping("/password/forgot")
    String forgot(@ModelAttribute("form") ForgotForm form) {
        return "accounts/password-forgot";
    }

    @PostMapping("/password/forgot")
    String requestReset(
            @Valid @ModelAttribute("form") ForgotForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return "accounts/password-forgot";
        }
        // counted per client address and per typed e-mail (account or not), before anything is looked up or sent
        Optional<Duration> locked = throttle.attemptReset(form.getEmail(), request.getRemoteAddr());
        if (locked.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("lockedMinutes", Math.max(1, (locked.get().toSeconds() + 59) / 60));
            return "accounts/password-forgot";
        }
        service.requestPasswordReset(form.getEmail());
        // the same answer whether or not the address has an account
        model.addAttribute("sent", true);
        return "accounts/password-forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(
            @RequestParam(required = false) String token,
            @RequestParam(name = LocalRedirect.PARAMETER, required = false) String next,
            Model model) {
        Optional<AccountView> account = service.accountForToken(token);
        if (account.isEmpty()) {
            return "accounts/password-link-invalid";
        }
        ResetForm form = new ResetForm();
        form.setToken(token);
        // only a local path is kept: the link cannot send the user to another site after the login
        form.setNext(LocalRedirect.of(next).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("accountEmail", account.get().email());
        return "accounts/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @Valid @ModelAttribute("form") ResetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Optional<AccountView> account = service.accountForToken(form.getToken());
        if (account.isEmpty()) {
            return "accounts/password-link-invalid";
        }
        if (form.getConfirmation() != null && !form.getConfirmation().equals(form.getPassword())) {
            binding.rejectValue("confirmation", "accounts.password.mismatch");
        }
        if (binding.hasErrors()) {
            model.addAttribute("accountEmail", account.get().email());
            form.setPassword(null);
            form.setConfirmation(null);
            return "accounts/password-reset";
        }
        try {
            if (service.setPassword(form.getToken(), form.getPassword()).isEmpty()) {
                return "accounts/password-link-invalid";
            }
        } catch (RefusedChange e) {
            binding.rejectValue("password", e.messageKey(), e.args(), null);
            model.addAttribute("accountEmail", account.get().email());
            return "accounts/password-reset";
        }
        flash.success(redirect, "accounts.password.changed");
        return "redirect:" + LocalRedirect.withNext("/login", form.getNext());
    }
}
