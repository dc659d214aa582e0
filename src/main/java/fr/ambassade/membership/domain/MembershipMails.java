package fr.ambassade.membership.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The membership e-mails, to the users who manage the establishment (and the applicant), each in their language,
 * queued in the caller's transaction ({@link MailOutbox#enqueue}). The links are plain links into the provider space,
 * which asks to sign in: no secret travels by e-mail.
 */
@Component
class MembershipMails {

    private final MailOutbox outbox;
    private final Accounts accounts;
    private final AmbassadeProperties properties;

    MembershipMails(MailOutbox outbox, Accounts accounts, AmbassadeProperties properties) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** An absolute link to a path of the application. */
    String link(String path) {
        String base = properties.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /**
     * Sends the e-mail to every enabled user who manages the establishment, plus {@code alsoAccountId} when given.
     *
     * @return how many e-mails were queued
     */
    int toEstablishment(
            long providerId,
            Long alsoAccountId,
            String template,
            String subjectKey,
            Function<Locale, Map<String, Object>> model,
            Object... subjectArgs) {
        Map<String, AccountRef> recipients = new LinkedHashMap<>();
        if (alsoAccountId != null) {
            AccountRef a = accounts.require(alsoAccountId);
            recipients.put(a.email(), a);
        }
        for (AccountRef a : accounts.managersOf(providerId)) {
            recipients.putIfAbsent(a.email(), a);
        }
        List<AccountRef> enabled = new ArrayList<>();
        recipients.values().stream().filter(AccountRef::enabled).forEach(enabled::add);
        for (AccountRef a : enabled) {
            Map<String, Object> m = new HashMap<>(model.apply(a.locale()));
            m.put("displayName", a.displayName());
            outbox.enqueue(OutgoingMail.of(a.email(), a.locale(), template, subjectKey, m, subjectArgs));
        }
        return enabled.size();
    }
}
