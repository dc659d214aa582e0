package fr.ambassade.mail;

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
 */
public record OutgoingMail(
        String to,
        Locale locale,
        String template,
        String subjectKey,
        Object[] subjectArgs,
        Map<String, Object> model,
        SecretLink secretLink) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subjectKey, "subjectKey");
        subjectArgs = subjectArgs == null ? new Object[0] : subjectArgs;
        model = model == null ? Map.of() : Map.copyOf(model);
    }

    public OutgoingMail(
            String to,
            Locale locale,
            String template,
            String subjectKey,
            Object[] subjectArgs,
            Map<String, Object> model) {
        this(to, locale, template, subjectKey, subjectArgs, model, null);
    }

    /** The same e-mail carrying a secret link of the given purpose for the given subject. */
    public OutgoingMail withSecretLink(String purpose, long subjectId) {
        return new OutgoingMail(
                to, locale, template, subjectKey, subjectArgs, model, new SecretLink(purpose, subjectId));
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
