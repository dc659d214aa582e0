package fr.ambassade.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Thymeleaf template ({@code templates/<module>/<name>.html}, HTML mode, messages and beans such as
 * {@code @displayTime} available) to an A4 PDF with openhtmltopdf: the page is parsed by jsoup into the
 * well-formed XHTML document openhtmltopdf needs (so a template is written like any page), the fonts
 * shipped in {@code fonts/} (DejaVu Sans regular and bold) are embedded, and the document is tagged (PDF/UA).
 *
 * <p>A template uses the layout {@code layout/pdf :: document(title, content)}: A4, the destination's name
 * and accent colour in a running header, page numbers ("2 / 3") at the foot. Every template gets {@code brand}
 * ({@link PdfBrand}) and {@code lang}.
 */
@Component
public class PdfRenderer {

    /** The font family of every PDF; the layout's style sheet uses it. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ApplicationContext context;
    private final ObjectProvider<PdfBranding> branding;
    private final byte[] regular;
    private final byte[] bold;

    public PdfRenderer(MessageSource messages, ApplicationContext context, ObjectProvider<PdfBranding> branding) {
        this.context = context;
        this.branding = branding;
        engine.setTemplateEngineMessageSource(messages);
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCheckExistence(true);
        r.setCacheable(true);
        engine.addTemplateResolver(r);
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + path + " missing from the classpath", e);
        }
    }

    /**
     * The PDF of a template.
     *
     * @param template the template's name under {@code templates/} without {@code .html}
     *     ({@code selection/minutes})
     * @param locale the reader's language (messages, {@code lang} of the document)
     * @param model the template's variables
     */
    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        return toPdf(html(template, locale, model));
    }

    /** The HTML the PDF is made from (for tests and for a preview). */
    public String html(String template, Locale locale, Map<String, Object> model) {
        Context ctx = new Context(locale, model);
        ctx.setVariable("lang", locale.getLanguage());
        ctx.setVariable("brand", brand());
        ctx.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(
                        context,
                        context.getBeanProvider(ConversionService.class).getIfAvailable()));
        return engine.process(template, ctx);
    }

    private PdfBrand brand() {
        PdfBranding b = branding.getIfAvailable();
        PdfBrand brand = b == null ? null : b.current();
        return brand == null ? PdfBrand.NEUTRAL : brand;
    }

    byte[] toPdf(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        parsed.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Ambassade");
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "classpath:/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
