package fr.ambassade.shared.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Messages come from every {@code messages/*.properties} bundle (one per module, e.g.
 * {@code messages/accounts.properties}, {@code messages/accounts_en.properties}), so modules keep their
 * keys beside each other without editing one shared file.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration implements WebMvcConfigurer {

    @Bean
    public static MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.FRENCH);
        source.setCacheSeconds(-1);
        return source;
    }

    /** The base names of the message bundles, e.g. {@code classpath:messages/accounts}. */
    public static TreeSet<String> bundleBasenames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            String file = r.getFilename();
            if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
                names.add("classpath:messages/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }

    @Bean
    public LocaleResolver localeResolver() {
        return new AmbassadeLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change)
                .addPathPatterns("/admin/**", "/login", "/password/**", "/account/**", "/espace/**");
    }
}
