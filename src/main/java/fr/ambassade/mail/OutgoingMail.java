package fr.ambassade.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An e-mail to render and queue.
 *
 * @param to recipient address
 * @param locale the recipient's language
 * @param template template name under {@code templates/mail/}: both {@code <template>.html} and
 *     {@code <template>.txt} exist
 * @param subjectKey message key of the subject, formatted with {@code subjectArgs}
 * @param model variables of the templates
 * @param secretLink the secret link the e-mail carries (issued at delivery, never stored), or null; the
 *     templates find {@link SecretLink#PLACEHOLDER} in their {@code link} variable
 * @param attachments files sent with it, in order (none: an empty list); at most {@link #MAX_ATTACHMENTS_BYTES}
 *     in all
 */
public record OutgoingMail(
        String to,
        Locale locale,
        String template,
        String subjectKey,
        Object[] subjectArgs,
        Map<String, Object> model,
        SecretLink secretLink,
        List<MailAttachment> attachments) {

    /** The attachments of one e-mail together (before the base64 encoding, which adds a third). */
    public static final int MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024;

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subjectKey, "subjectKey");
        subjectArgs = subjectArgs == null ? new Object[0] : subjectArgs;
        model = model == null ? Map.of() : Map.copyOf(model);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        long total = attachments.stream().mapToLong(MailAttachment::size).sum();
        if (total > MAX_ATTACHMENTS_BYTES) {
            throw new IllegalArgumentException(
                    "Attachments of " + total + " bytes: at most " + MAX_ATTACHMENTS_BYTES + " per e-mail");
        }
    }

    public OutgoingMail(
            String to,
            Locale locale,
            String template,
            String subjectKey,
            Object[] subjectArgs,
            Map<String, Object> model,
            SecretLink secretLink) {
        this(to, locale, template, subjectKey, subjectArgs, model, secretLink, List.of());
    }

    public OutgoingMail(
            String to,
            Locale locale,
            String template,
            String subjectKey,
            Object[] subjectArgs,
            Map<String, Object> model) {
        this(to, locale, template, subjectKey, subjectArgs, model, null, List.of());
    }

    /** The same e-mail carrying a secret link of the given purpose for the given subject. */
    public OutgoingMail withSecretLink(String purpose, long subjectId) {
        return new OutgoingMail(
                to, locale, template, subjectKey, subjectArgs, model, new SecretLink(purpose, subjectId), attachments);
    }

    /** The same e-mail with one more attachment (after those it has). */
    public OutgoingMail withAttachment(MailAttachment attachment) {
        List<MailAttachment> more = new ArrayList<>(attachments);
        more.add(Objects.requireNonNull(attachment, "attachment"));
        return new OutgoingMail(to, locale, template, subjectKey, subjectArgs, model, secretLink, more);
    }

    public static OutgoingMail of(
            String to,
            Locale locale,
            String template,
            String subjectKey,
            Map<String, Object> model,
            Object... subjectArgs) {
        return new OutgoingMail(to, locale, template, subjectKey, subjectArgs, model);
    }
}
