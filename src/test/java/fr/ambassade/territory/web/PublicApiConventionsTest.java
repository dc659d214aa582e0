package fr.ambassade.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.support.IntegrationTest;
import fr.ambassade.territory.Territory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The conventions of the public API, on the territory's communes: the {items, page, size, total} envelope, pages
 * from 0, 50 by default, at most 100, 400 problem+json for an unusable page or size in the language of ?lang, and
 * the OpenAPI 3 description with its readable page, open to anonymous visitors.
 */
@IntegrationTest
class PublicApiConventionsTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    Territory territory;

    MockMvc mvc;
    int communes;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        communes = territory.territoryCommunes().size();
    }

    @Test
    void aListAnswersTheEnvelopeWithFiftyItemsFromPageZeroByDefault() throws Exception {
        assertThat(communes).as("the bundled territory").isGreaterThan(50);
        String first = territory.territoryCommunes().get(0).code();
        mvc.perform(get("/api/v1/territory/communes"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(communes))
                .andExpect(jsonPath("$.items.length()").value(50))
                .andExpect(jsonPath("$.items[0].code").value(first))
                .andExpect(jsonPath("$.items[0].name").isString());
    }

    @Test
    void theNextPageAndTheClampedSize() throws Exception {
        mvc.perform(get("/api/v1/territory/communes?page=1&size=30"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].code")
                        .value(territory.territoryCommunes().get(30).code()));
        mvc.perform(get("/api/v1/territory/communes?size=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items.length()").value(Math.min(100, communes)));
        mvc.perform(get("/api/v1/territory/communes?page=99"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(communes));
    }

    @Test
    void anUnusablePageOrSizeAnswersAProblemInTheLanguageAskedFor() throws Exception {
        for (String query : new String[] {"page=-1", "size=0", "size=-5", "page=abc", "size=1e3"}) {
            mvc.perform(get("/api/v1/territory/communes?" + query))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.parameter").value(query.substring(0, query.indexOf('='))));
        }
        mvc.perform(get("/api/v1/territory/communes?page=-1"))
                .andExpect(jsonPath("$.title").value("Requête incorrecte"))
                .andExpect(jsonPath("$.detail").value(containsString("ne peut pas être négatif")));
        mvc.perform(get("/api/v1/territory/communes?page=-1&lang=en"))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be negative")));
        mvc.perform(get("/api/v1/territory/communes?size=abc&lang=nl"))
                .andExpect(jsonPath("$.detail").value(containsString("moet een geheel getal zijn")));
    }

    @Test
    void theOpenApiDocumentDescribesTheCommunesEndpointsOnly() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value("Ambassade public API"))
                .andExpect(jsonPath("$.paths['/api/v1/communes'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/territory/communes'].get.parameters[?(@.name == 'size')]")
                        .exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).as("HTML pages are not part of the API").doesNotContain("/admin/", "\"/login\"");
    }

    @Test
    void theReadablePageLoadsWithoutInlineScriptUnderTheApplicationsCsp() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1))
                    .as("every script is a file the CSP allows")
                    .contains("src=");
            count++;
        }
        assertThat(count).isPositive();
        mvc.perform(get("/swagger-ui/swagger-initializer.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/v3/api-docs")));
    }
}
