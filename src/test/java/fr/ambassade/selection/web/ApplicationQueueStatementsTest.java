package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.ambassade.selection.domain.SelectionWebFixture;
import fr.ambassade.support.IntegrationTest;
import fr.ambassade.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The staff's application queue sends the same number of SQL statements for a page of 5 rows as for a page of 25,
 * every state or one: no statement per row (the N+1 check behind the selection benchmark, docs/benchmarks.md).
 */
@IntegrationTest
class ApplicationQueueStatementsTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    SelectionWebFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    SqlStatements.Counted<String> queue(String url) throws Exception {
        return SqlStatements.fewest(
                3,
                () -> mvc.perform(get(url).with(user("director@statements.test").roles("DIRECTOR"))
                                .cookie(new Cookie("ambassade-lang", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    static int rows(String html) {
        Matcher body = Pattern.compile("(?s)<tbody>(.*)</tbody>").matcher(html);
        if (!body.find()) {
            return 0;
        }
        Matcher row = Pattern.compile("<tr>").matcher(body.group(1));
        int n = 0;
        while (row.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aPageOf25RowsSendsAsManyStatementsAsAPageOf5() throws Exception {
        int submitted = count("SUBMITTED");
        for (int i = submitted; i < 25; i++) {
            fixture.submittedApplicationOf("Statements " + i);
        }
        queue("/admin/applications?size=5"); // caches warmed (settings, messages)

        for (String filter : new String[] {"", "&state=SUBMITTED"}) {
            SqlStatements.Counted<String> five = queue("/admin/applications?size=5" + filter);
            SqlStatements.Counted<String> twentyFive = queue("/admin/applications?size=25" + filter);

            assertThat(rows(five.result())).as(filter).isEqualTo(5);
            assertThat(rows(twentyFive.result())).as(filter).isEqualTo(25);
            assertThat(twentyFive.count())
                    .as("statements for 25 rows%s:\n%s\nfor 5:\n%s", filter, twentyFive.statements(), five.statements())
                    .isEqualTo(five.count());
            assertThat(twentyFive.count()).as("%s", twentyFive.statements()).isLessThanOrEqualTo(6);
        }
    }

    private int count(String state) {
        Integer n = jdbc.queryForObject("select count(*) from application where state = ?", Integer.class, state);
        return n == null ? 0 : n;
    }
}
