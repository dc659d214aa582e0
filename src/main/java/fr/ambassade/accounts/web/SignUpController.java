package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

/**
 * The public sign-up of candidates ({@code /espace/inscription}) and its e-mail verification. The answer to a sign-up
 * is the same page whether or not the address already has an account (the service e-mails its owner instead), and
 * sign-ups are throttled per client address and per typed e-mail like the reset requests.
 */
@Controller
class SignUpController {

    static final String SIGN_UP = "/espace/inscription";
    static final String VERIFY = SIGN_UP + "/verification";
    static final String RESEND = SIGN_UP + "/renvoi";

    private final AccountService service;
    private final LoginThrottle throttle;
    private final Flash flash;

    SignUpController(AccountService service, LoginThrottle throttle, Flash flash) {
        this.service = service;
        this.throttle = throttle;
        this.flash = flash;
    }

    @ModelAttribute("languages")
    Map<String, String> languages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", "accounts.signup.language.fr");
        m.put("en", "accounts.signup.language.en");
        m.put("nl", "accounts.signup.language.nl");
        return m;
    }

    @GetMapping(SIGN_UP)
    String form(@ModelAttribute("signup") SignUpForm form, Locale locale) {
        form.setLanguage(locale.getLanguage());
        return "accounts/signup";
    }

    @PostMapping(SIGN_UP)
    String signUp(
            @Valid @ModelAttribute("signup") SignUpForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form.getConfirmation() != null && !form.getConfirmation().equals(form.getPassword())) {
            binding.rejectValue("confirmation", "accounts.password.mismatch");
        }
        if (binding.hasErrors()) {
            clearPasswords(form);
            return "accounts/signup";
        }
        // counted per client address and per typed e-mail (account or not), before anything is looked up or sent
        Optional<Duration> locked = throttle.attemptSignUp(form.getEmail(), request.getRemoteAddr());
        if (locked.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("lockedMinutes", minutes(locked.get()));
            clearPasswords(form);
            return "accounts/signup";
        }
        try {
            service.signUp(form.toCommand());
        } catch (RefusedChange e) {
            Refusals.into(binding, e);
            clearPasswords(form);
            return "accounts/signup";
        }
        // the same answer whether or not the address already had an account
        model.addAttribute("email", form.getEmail());
        return "accounts/signup-sent";
    }

    @GetMapping(VERIFY)
    String verifyPage(@RequestParam(required = false) String token, Model model) {
        if (!service.verificationLinkValid(token)) {
            return invalid(model);
        }
        // a GET never uses the link up (mail scanners open links): the owner confirms with their password
        VerifyForm form = new VerifyForm();
        form.setToken(token);
        model.addAttribute("verify", form);
        return "accounts/signup-verify";
    }

    @PostMapping(VERIFY)
    String verify(
            @ModelAttribute("verify") VerifyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (service.verifyEmail(form.getToken(), form.getPassword()).isEmpty()) {
                return invalid(model);
            }
        } catch (RefusedChange e) {
            Refusals.into(binding, e);
            form.setPassword(null);
            return "accounts/signup-verify";
        }
        flash.success(redirect, "accounts.signup.verified");
        return "redirect:/login";
    }

    @PostMapping(RESEND)
    String resend(
            @Valid @ModelAttribute("resend") ForgotForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return "accounts/signup-link-invalid";
        }
        Optional<Duration> locked = throttle.attemptSignUp(form.getEmail(), request.getRemoteAddr());
        if (locked.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("lockedMinutes", minutes(locked.get()));
            return "accounts/signup-link-invalid";
        }
        service.resendVerification(form.getEmail());
        model.addAttribute("resent", true);
        return "accounts/signup-link-invalid";
    }

    private static String invalid(Model model) {
        model.addAttribute("resend", new ForgotForm());
        return "accounts/signup-link-invalid";
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }

    private static void clearPasswords(SignUpForm form) {
        form.setPassword(null);
        form.setConfirmation(null);
    }
}
