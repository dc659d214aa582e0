package fr.ambassade.accounts.web;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any signed-in user (staff, provider user, resident) changes their own password at {@code /account/password}. The
 * current password is required and its guesses count against the login throttle of the e-mail; on success the
 * user's other sessions end, and this one goes on with a fresh principal and a new session id.
 */
@Controller
class AccountPasswordController {

    static final String VIEW = "accounts/password-change";

    private final AccountService service;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final Flash flash;

    AccountPasswordController(AccountService service, LoginThrottle throttle, Flash flash) {
        this.service = service;
        this.throttle = throttle;
        this.flash = flash;
    }

    @GetMapping("/account/password")
    String form(
            @ModelAttribute("form") ChangePasswordForm form,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return show(me, model);
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        if (form.getConfirmation() != null && !form.getConfirmation().equals(form.getPassword())) {
            binding.rejectValue("confirmation", "accounts.password.mismatch");
        }
        if (binding.hasErrors()) {
            form.forgetPasswords();
            return show(me, model);
        }
        Optional<Duration> locked = throttle.attemptLogin(me.email(), request.getRemoteAddr());
        if (locked.isPresent()) {
            binding.rejectValue(
                    "currentPassword",
                    "accounts.login.locked",
                    new Object[] {Math.max(1, (locked.get().toSeconds() + 59) / 60)},
                    null);
            form.forgetPasswords();
            return show(me, model);
        }
        AccountView account;
        try {
            account = service.changePassword(me.id(), form.getCurrentPassword(), form.getPassword());
        } catch (RefusedChange e) {
            String field = "accounts.error.password.current".equals(e.messageKey()) ? "currentPassword" : "password";
            binding.rejectValue(field, e.messageKey(), e.args(), null);
            form.forgetPasswords();
            return show(me, model);
        }
        throttle.recordSuccess(me.email(), request.getRemoteAddr());
        keepThisSession(account, request, response);
        flash.success(redirect, "accounts.password.change.done");
        return "redirect:/account/password";
    }

    /** This session carries the new credentials version (the others end), under a new session id. */
    private void keepThisSession(AccountView account, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal fresh = account.principal();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(holder.getContext().getAuthentication().getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    private static String show(AccountPrincipal me, Model model) {
        model.addAttribute("accountEmail", me.email());
        model.addAttribute("home", homeOf(me));
        return VIEW;
    }

    private static String homeOf(AccountPrincipal me) {
        if (me.roles().stream().anyMatch(Role::isStaff)) {
            return "/admin";
        }
        return me.roles().contains(Role.PROVIDER) ? "/espace" : "/account";
    }
}
