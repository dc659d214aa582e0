package fr.ambassade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.ambassade.support.IntegrationTest;
import fr.ambassade.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The director's panel sends the same number of SQL statements whatever the number of active memberships: no
 * statement per ambassador (the N+1 check behind the selection benchmark, docs/benchmarks.md).
 */
@IntegrationTest
class DashboardStatementsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    SqlStatements.Counted<String> panel() throws Exception {
        return SqlStatements.fewest(
                3,
                () -> mvc.perform(get("/admin")
                                .with(user("director@statements.test").roles("DIRECTOR"))
                                .cookie(new Cookie("ambassade-lang", "fr")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePanelSendsAsManyStatementsForTwelveMoreAmbassadors() throws Exception {
        panel(); // caches warmed (settings, messages)
        SqlStatements.Counted<String> before = panel();
        List<Long> added = addActiveMemberships(12);
        try {
            SqlStatements.Counted<String> after = panel();
            assertThat(after.result()).contains("Les valeurs du réseau");
            assertThat(activeShown(after.result())).isEqualTo(activeShown(before.result()) + 12);
            assertThat(after.count())
                    .as(
                            "statements with 12 more ambassadors:\n%s\nbefore:\n%s",
                            after.statements(), before.statements())
                    .isEqualTo(before.count());
            assertThat(after.count()).as("%s", after.statements()).isLessThanOrEqualTo(12);
        } finally {
            remove(added);
        }
    }

    private static int activeShown(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<span class=\"figure-value\">([0-9\u202f\u00a0 ]+)</span>")
                .matcher(html);
        assertThat(m.find()).as("the active ambassadors figure").isTrue();
        return Integer.parseInt(m.group(1).replaceAll("[^0-9]", ""));
    }

    /** Active memberships with a signed charter for providers that have none, written with SQL (removed after). */
    private List<Long> addActiveMemberships(int n) {
        List<Long> providers = jdbc.queryForList(
                "select p.id from provider p where p.merged_into_id is null and not exists (select 1 from membership m"
                        + " where m.provider_id = p.id and m.status in ('ACTIVE', 'SUSPENDED')) order by p.id limit ?",
                Long.class,
                n);
        assertThat(providers).hasSize(n);
        return providers.stream()
                .map(p -> {
                    Long id = jdbc.queryForObject(
                            "insert into membership (provider_id, status, start_date, next_renewal_date, score_percent,"
                                    + " created_at, updated_at) values (?, 'ACTIVE', current_date - 100,"
                                    + " current_date + 600, 72.5, now(), now()) returning id",
                            Long.class,
                            p);
                    jdbc.update(
                            "insert into membership_charter_signature (membership_id, charter_version, language,"
                                    + " text_sha256, signer_name, signed_at) values (?, 1, 'fr', ?, 'Test', now())",
                            id,
                            "0".repeat(64));
                    return id;
                })
                .toList();
    }

    private void remove(List<Long> memberships) {
        for (Long id : memberships) {
            jdbc.update("delete from membership_charter_signature where membership_id = ?", id);
            jdbc.update("delete from membership where id = ?", id);
        }
    }
}
