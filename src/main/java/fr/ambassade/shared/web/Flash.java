package fr.ambassade.shared.web;

import fr.ambassade.shared.RefusedChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once on the page a POST redirects to (the layouts show {@code flashSuccess} and
 * {@code flashError}), written in the reader's language. Every controller goes through it:
 * {@code flash.success(redirect, "providers.flash.created", provider.name())}, {@code flash.error(redirect, refusal)}.
 */
@Component
public class Flash {

    static final String SUCCESS = "flashSuccess";
    static final String ERROR = "flashError";

    private final MessageSource messages;

    public Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(SUCCESS, text(messageKey, args));
    }

    public void error(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(ERROR, text(messageKey, args));
    }

    /** A refused change (or a stale edit) shown on the next page. */
    public void error(RedirectAttributes redirect, RefusedChange refusal) {
        error(redirect, refusal.messageKey(), refusal.args());
    }

    /** Success or error by outcome, e.g. a job that started or was already running. */
    public void outcome(RedirectAttributes redirect, boolean success, String messageKey, Object... args) {
        redirect.addFlashAttribute(success ? SUCCESS : ERROR, text(messageKey, args));
    }

    private String text(String messageKey, Object... args) {
        return messages.getMessage(messageKey, args, LocaleContextHolder.getLocale());
    }
}
