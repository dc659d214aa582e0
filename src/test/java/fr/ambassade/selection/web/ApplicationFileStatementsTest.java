package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.selection.domain.StaffScreensFixture.Staff;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import fr.ambassade.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application file sends the same number of SQL statements for a visit with two evaluators as for one with
 * four, all of them having submitted their scores: no statement per evaluator or per evaluation (the N+1 check
 * behind the selection benchmark, docs/benchmarks.md).
 */
@IntegrationTest
class ApplicationFileStatementsTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    StaffScreensFixture fixture;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    SqlStatements.Counted<String> file(long id, Staff animator) throws Exception {
        return SqlStatements.fewest(
                3,
                () -> mvc.perform(get("/admin/applications/" + id)
                                .with(user(animator.email())
                                        .roles(animator.role().name()))
                                .cookie(new Cookie("ambassade-lang", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    File visitedBy(String prefix, Staff animator, int evaluators) {
        File file = fixture.underReview(prefix, animator);
        Staff[] who = new Staff[evaluators];
        for (int i = 0; i < evaluators; i++) {
            who[i] = fixture.staff(i % 2 == 0 ? Role.COUNSELOR : Role.EDITOR);
        }
        long visit = fixture.visit(file, animator, who);
        for (Staff s : who) {
            fixture.submit(visit, s, 2, "Seen on the spot.");
        }
        return file;
    }

    @Test
    void fourEvaluatorsCostAsManyStatementsAsTwo() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File two = visitedBy("Statements file two", animator, 2);
        File four = visitedBy("Statements file four", animator, 4);
        file(two.id(), animator); // caches warmed (settings, messages)

        SqlStatements.Counted<String> withTwo = file(two.id(), animator);
        SqlStatements.Counted<String> withFour = file(four.id(), animator);

        assertThat(withTwo.result()).contains(two.providerName(), "Evaluation submitted");
        assertThat(withFour.result()).contains(four.providerName());
        assertThat(withFour.count())
                .as("statements with 4 evaluators:\n%s\nwith 2:\n%s", withFour.statements(), withTwo.statements())
                .isEqualTo(withTwo.count());
    }
}
