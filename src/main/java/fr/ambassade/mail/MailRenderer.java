package fr.ambassade.mail;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders {@code templates/mail/<name>.html} and {@code .txt} with the application's messages. */
@Component
class MailRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailRenderer(MessageSource messages) {
        this.messages = messages;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/mail/");
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setResolvablePatterns(Set.of("*" + suffix));
        r.setCheckExistence(true);
        r.setOrder(order);
        r.setCacheable(true);
        return r;
    }

    Rendered render(OutgoingMail mail) {
        Context ctx = new Context(mail.locale(), mail.model());
        ctx.setVariable("lang", mail.locale().getLanguage());
        if (mail.secretLink() != null) {
            // the link itself is issued at delivery; the stored bodies hold only this placeholder
            ctx.setVariable(SecretLink.MODEL_KEY, SecretLink.PLACEHOLDER);
        }
        String html = engine.process(mail.template() + ".html", ctx);
        String text = engine.process(mail.template() + ".txt", ctx);
        String subject = messages.getMessage(mail.subjectKey(), mail.subjectArgs(), mail.locale());
        return new Rendered(subject, html, text);
    }

    record Rendered(String subject, String html, String text) {}
}
