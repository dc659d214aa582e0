package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.selection.domain.SelectionWebFixture;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The staff's application queue: counts per state, filters in the link, unknown filter values ignored. */
@IntegrationTest
class ApplicationQueueWebTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    SelectionWebFixture fixture;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("counselor@test").roles("COUNSELOR"))
                        .cookie(new Cookie("ambassade-lang", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theQueueCountsPerStateAndFiltersByState() throws Exception {
        String submitted = fixture.submittedApplicationOf("Queue submitted");
        String draft = fixture.draftOf("Queue draft");

        String all = page("/admin/applications?size=100");
        assertThat(all).contains("Submitted (").contains("Draft (").contains("All (");

        String onlySubmitted = page("/admin/applications?state=SUBMITTED&size=100");
        assertThat(onlySubmitted).contains(submitted).doesNotContain(draft);
        assertThat(onlySubmitted)
                .containsPattern("href=\"/admin/applications\\?state=SUBMITTED\"\\s+aria-current=\"page\"");
    }

    @Test
    void anUnknownStateOrKindIsIgnoredAndNamed() throws Exception {
        String html = page("/admin/applications?state=BOGUS&kind=NOPE&page=abc");
        assertThat(html)
                .contains("Filter “state”: the value “BOGUS” is not known and was ignored")
                .contains("Filter “kind”: the value “NOPE” is not known and was ignored")
                .contains("Filter “page”: the value “abc” is not known and was ignored");
    }
}
