package fr.ambassade.mail.web;

import fr.ambassade.mail.outbox.AdministratorLinks;
import fr.ambassade.mail.outbox.OutboxRepository;
import fr.ambassade.mail.outbox.OutboxRequeue;
import fr.ambassade.mail.outbox.OutboxStatus;
import fr.ambassade.mail.outbox.SecretLinks;
import fr.ambassade.mail.outbox.SmtpStatus;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.shared.web.ListFilters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    /** The destination's time zone; a destination setting will replace it. */

    /**
     * The stored HTML is our own rendered template, but it embeds values typed by visitors: opened on its own,
     * it is a sandboxed document (unique origin, no script, no form, no plug-in) that can load nothing but
     * images and its inline styles.
     */
    static final String HTML_CSP =
            "sandbox; default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; "
                    + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final OutboxRepository outbox;
    private final SmtpStatus smtp;
    private final OutboxRequeue requeue;
    private final MessageSource messages;
    private final AdministratorLinks administratorLinks;
    private final Flash flash;

    OutboxController(
            OutboxRepository outbox,
            SmtpStatus smtp,
            OutboxRequeue requeue,
            MessageSource messages,
            AdministratorLinks administratorLinks,
            Flash flash) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.requeue = requeue;
        this.messages = messages;
        this.administratorLinks = administratorLinks;
        this.flash = flash;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String recipient,
            HttpServletRequest request,
            Model model) {
        OutboxStatus statusFilter = ListFilters.enumValue(OutboxStatus.class, "status", status, model);
        Page<OutboxRepository.Summary> page = outbox.find(statusFilter, recipient, ListFilters.page(request, model));
        model.addAttribute("page", page);
        model.addAttribute(
                "filter",
                new OutboxFilter(statusFilter == null ? "" : statusFilter.name(), recipient == null ? "" : recipient));
        // value → message key, for the form pieces (layout/forms :: selectField)
        Map<String, String> statusOptions = new LinkedHashMap<>();
        for (OutboxStatus s : OutboxStatus.values()) {
            statusOptions.put(s.name(), "OutboxStatus." + s.name());
        }
        model.addAttribute("statusOptions", statusOptions);
        model.addAttribute("smtpConfigured", smtp.configured());
        if (page.hasPrevious()) {
            model.addAttribute("previousUrl", pageUrl(statusFilter, recipient, page.getNumber() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("nextUrl", pageUrl(statusFilter, recipient, page.getNumber() + 1));
        }
        return "mail/outbox-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Locale locale, Model model) {
        OutboxRepository.Detail mail = find(id);
        return detailView(mail, redacted(mail, locale), model);
    }

    /**
     * Demo mode without SMTP, administrators only (route rule): issues a working link of a kept e-mail and shows
     * it in this response only (not stored, not in a flash attribute, not cached). Answers 404 in any other mode.
     */
    @PostMapping("/{id}/secret-link")
    String secretLink(@PathVariable UUID id, Locale locale, Model model, HttpServletResponse response) {
        OutboxRepository.Detail mail = find(id);
        String link = administratorLinks
                .issue(id)
                .orElseThrow(() -> new NotFoundException("secret link of outbox mail " + id));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issuedLink", link);
        return detailView(mail, redacted(mail, locale), model);
    }

    private String detailView(OutboxRepository.Detail stored, OutboxRepository.Detail shown, Model model) {
        model.addAttribute("mail", shown);
        model.addAttribute("hasSecretLink", stored.secretLink() != null);
        model.addAttribute("linkObtainable", stored.secretLink() != null && administratorLinks.available());
        model.addAttribute("smtpConfigured", smtp.configured());
        return "mail/outbox-detail";
    }

    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable UUID id, Locale locale) {
        OutboxRepository.Detail mail = redacted(find(id), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", HTML_CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(mail.bodyHtml());
    }

    @PostMapping("/{id}/requeue")
    String requeue(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        OutboxRequeue.Result result = requeue.requeue(id);
        if (result == OutboxRequeue.Result.NOT_FOUND) {
            throw new NotFoundException("outbox mail " + id);
        }
        boolean done = result == OutboxRequeue.Result.REQUEUED;
        flash.outcome(redirect, done, done ? "mail.outbox.requeued" : "mail.outbox.requeue.notFailed");
        return "redirect:/admin/outbox/" + id;
    }

    private OutboxRepository.Detail find(UUID id) {
        return outbox.findById(id).orElseThrow(() -> new NotFoundException("outbox mail " + id));
    }

    /** The bodies as staff may read them: a translated notice where the secret link goes. */
    private OutboxRepository.Detail redacted(OutboxRepository.Detail mail, Locale locale) {
        String notice = messages.getMessage("mail.outbox.secretLink.redacted", null, locale);
        return mail.withBodies(
                SecretLinks.fillText(mail.bodyText(), notice), SecretLinks.fillHtml(mail.bodyHtml(), notice));
    }

    private static String pageUrl(OutboxStatus status, String recipient, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/outbox");
        if (status != null) {
            b.queryParam("status", status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            b.queryParam("recipient", recipient);
        }
        return b.queryParam("page", page).encode().build().toUriString();
    }
}
