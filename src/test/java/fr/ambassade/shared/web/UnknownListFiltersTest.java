package fr.ambassade.shared.web;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A shared link with a value a list does not know still opens the list (200, not a 400 page): the value is
 * ignored and named, the other filters apply. One test per HTML list (see {@link ListFilters}).
 */
@IntegrationTest
class UnknownListFiltersTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MailOutbox outbox;

    MockMvc mvc;
    String token;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        token = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String page(String url, String language) throws Exception {
        return mvc.perform(
                        get(url).with(user("admin@test").roles("ADMIN")).cookie(new Cookie("ambassade-lang", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String ignored(String name, String value) {
        return "Filter “" + name + "”: the value “" + value + "” is not known and was ignored";
    }

    @Test
    void providersListIgnoresAnUnknownTerritoryAndKeepsTheSearch() throws Exception {
        String name = "Ferme " + token;
        tx.executeWithoutResult(s -> providers.save(aProvider().named(name).build()));
        tx.executeWithoutResult(s ->
                providers.save(aProvider().named("Autre " + token.toLowerCase()).build()));

        String html = page("/admin/providers?territory=bogus&q=" + name.replace(' ', '+'), "en");

        assertThat(html)
                .contains(ignored("territory", "bogus"))
                .contains(name)
                .doesNotContain("Autre " + token.toLowerCase());
    }

    @Test
    void providersListIgnoresUnknownBooleansSortKeysCategoriesAndPages() throws Exception {
        String html =
                page("/admin/providers?noCoordinates=maybe&order=BOGUS&category=SPACESHIP&page=abc&sort=name", "en");

        assertThat(html)
                .contains(
                        ignored("noCoordinates", "maybe"),
                        ignored("order", "BOGUS"),
                        ignored("category", "SPACESHIP"),
                        ignored("page", "abc"),
                        ignored("sort", "name"));
        // the export links carry the valid filters only
        assertThat(html).doesNotContain("noCoordinates=maybe");
    }

    @Test
    void theMessageIsTranslated() throws Exception {
        assertThat(page("/admin/providers?territory=bogus", "fr"))
                .contains("Filtre « territory » : la valeur « bogus » n&#39;est pas reconnue, elle est ignorée");
    }

    @Test
    void providerExportsIgnoreUnknownValuesToo() throws Exception {
        mvc.perform(get("/admin/providers/export.csv?territory=bogus&status=NOPE")
                        .with(user("admin@test").roles("ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void auditListIgnoresAnUnreadableDateAndANegativePageAndKeepsTheOtherFilters() throws Exception {
        String type = "IgnoredFilters" + token;
        tx.executeWithoutResult(s -> {
            auditLog.record(AuditRecord.of(type, "approved-" + token, "APPROVE").by("system"));
            auditLog.record(AuditRecord.of(type, "rejected-" + token, "REJECT").by("system"));
        });

        String html = page("/admin/audit?objectType=" + type + "&action=REJECT&from=yesterday&page=-1", "en");

        assertThat(html)
                .contains(ignored("from", "yesterday"), ignored("page", "-1"))
                .contains("rejected-" + token)
                .doesNotContain("approved-" + token);
    }

    @Test
    void outboxListIgnoresAnUnknownStatusAndKeepsTheRecipientFilter() throws Exception {
        String domain = token.toLowerCase() + ".example";
        tx.executeWithoutResult(s -> outbox.enqueue(OutgoingMail.of(
                "visitor@" + domain,
                Locale.ENGLISH,
                "outbox-test",
                "outboxtest.subject",
                Map.of("name", "Zoé"),
                "filters")));

        String html = page("/admin/outbox?status=LOST&size=zero&recipient=" + domain, "en");

        assertThat(html)
                .contains(ignored("status", "LOST"), ignored("size", "zero"))
                .contains("visitor@" + domain);
        assertThat(page("/admin/outbox?status=SENT&recipient=" + domain, "en"))
                .doesNotContain("visitor@" + domain)
                .doesNotContain("is not known");
    }

    @Test
    void usersListIgnoresASortKeyAndAnUnreadablePage() throws Exception {
        String html = page("/admin/users?sort=password,desc&page=first", "en");

        assertThat(html).contains(ignored("sort", "password,desc"), ignored("page", "first"));
    }

    @Test
    void importsHistoryHasNoFiltersAndOpensWhateverTheParameters() throws Exception {
        assertThat(page("/admin/imports?status=bogus&page=abc", "en")).doesNotContain("is not known");
    }

    /**
     * The habit for later lists: a form bound from GET parameters with a field that can fail to convert (anything
     * but text) is followed by its BindingResult, else an unknown value answers 400.
     */
    @Test
    void everyFormBoundFromGetParametersKeepsItsBindingErrors() {
        RequestMappingHandlerMapping mapping =
                ctx.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            MethodParameter[] parameters = handler.getMethodParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].hasParameterAnnotation(ModelAttribute.class)
                        && hasFieldsToConvert(parameters[i].getParameterType())) {
                    assertThat(i + 1 < parameters.length
                                    && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType()))
                            .as(
                                    "%s: a BindingResult right after the @ModelAttribute, then ListFilters.ignoreUnreadable",
                                    handler)
                            .isTrue();
                }
            }
        });
    }

    private static boolean hasFieldsToConvert(Class<?> form) {
        for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() != String.class) {
                    return true;
                }
            }
        }
        return false;
    }
}
