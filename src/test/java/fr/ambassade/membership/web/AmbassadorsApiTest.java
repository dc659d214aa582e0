package fr.ambassade.membership.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.Memberships;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /api/v1/ambassadors}: the active ambassadors (the demo's at least) in the public API's envelope and
 * paging, its errors, and its OpenAPI description. Suspended ambassadors are left out (MembershipLifecycleTest).
 */
@IntegrationTest
class AmbassadorsApiTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    Memberships memberships;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void listsTheActiveAmbassadorsInTheEnvelopeWithTheirFields() throws Exception {
        long active = memberships.counts().get(MembershipStatus.ACTIVE);
        mvc.perform(get("/api/v1/ambassadors"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value((int) active))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(25)))
                .andExpect(jsonPath("$.items[0].id").isNumber())
                .andExpect(jsonPath("$.items[*].name", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[*].communeCode", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[*].communeName", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[*].category", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[0].memberSince")
                        .value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void pagesAreNumberedFromZeroAndAtMostAHundredLong() throws Exception {
        mvc.perform(get("/api/v1/ambassadors?page=1&size=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.items.length()").value(10));
        mvc.perform(get("/api/v1/ambassadors?size=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/ambassadors?page=999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(25)));
    }

    @Test
    void anUnusablePageOrSizeAnswersAProblemNamingTheParameter() throws Exception {
        for (String query : new String[] {"page=-1", "size=0", "size=-5", "page=abc", "size=1e3"}) {
            mvc.perform(get("/api/v1/ambassadors?" + query))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.parameter").value(query.substring(0, query.indexOf('='))));
        }
        mvc.perform(get("/api/v1/ambassadors?page=-1&lang=en"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be negative")));
    }

    @Test
    void theOpenApiDocumentDescribesIt() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/ambassadors'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ambassadors'].get.parameters[?(@.name == 'size')]")
                        .exists());
    }
}
