package fr.ambassade.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class AuditViewerTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    String type;
    String aliceEmail;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        // A type of our own: the log is shared with every other test.
        type = "ViewerTest" + UUID.randomUUID().toString().substring(0, 8);
        // Two accounts of our own; the log keeps their ids and the viewer shows their names.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        aliceEmail = "alice-" + suffix + "@test";
        long alice = jdbc.queryForObject(
                "insert into account (email, display_name) values (?, ?) returning id",
                Long.class,
                aliceEmail,
                "Alice Auditrice " + suffix);
        long bob = jdbc.queryForObject(
                "insert into account (email, display_name) values (?, ?) returning id",
                Long.class,
                "bob-" + suffix + "@test",
                "Bob Auditeur " + suffix);
        tx.executeWithoutResult(s -> {
            auditLog.record(AuditRecord.of(type, "42", "APPROVE")
                    .by(aliceEmail)
                    .because("Complete file")
                    .change("status", "SUBMITTED", "APPROVED")
                    .personalChange("phone", "0600000001", "0600000002")
                    .forEstablishment(4242L));
            auditLog.record(AuditRecord.of(type, "43", "REJECT").byAccount(bob).because("Outside the territory"));
            auditLog.record(AuditRecord.of(type, "44", "IMPORT"));
        });
    }

    private String page(String query, String... roles) throws Exception {
        return mvc.perform(get("/admin/audit" + query)
                        .with(user("director@test").roles(roles))
                        .cookie(new Cookie("ambassade-lang", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void filtersByObjectTypeAndShowsTheChanges() throws Exception {
        String html = page("?objectType=" + type, "DIRECTOR");

        assertThat(html)
                .contains("Alice Auditrice", "Bob Auditeur", "Complete file", "APPROVE", "REJECT")
                .contains("SUBMITTED → APPROVED")
                .contains("changed (personal data)")
                .contains("for establishment #4242")
                .doesNotContain("0600000001")
                .doesNotContain("0600000002")
                .as("names, not e-mail addresses")
                .doesNotContain(aliceEmail);
        assertThat(html.indexOf("Bob Auditeur")).as("newest first").isLessThan(html.indexOf("Alice Auditrice"));
    }

    @Test
    void filtersByActorActionAndObjectId() throws Exception {
        assertThat(page("?objectType=" + type + "&actor=" + aliceEmail.toUpperCase(), "ADMIN"))
                .as("by e-mail")
                .contains("APPROVE")
                .doesNotContain("Bob Auditeur")
                .doesNotContain("IMPORT");
        assertThat(page("?objectType=" + type + "&actor=bob auditeur", "ADMIN"))
                .as("by a part of the name")
                .contains("REJECT")
                .doesNotContain("Alice Auditrice");
        assertThat(page("?objectType=" + type + "&actor=system", "ADMIN"))
                .as("a label")
                .contains("IMPORT")
                .doesNotContain("Alice Auditrice")
                .doesNotContain("Bob Auditeur");
        assertThat(page("?objectType=" + type + "&action=REJECT", "ADMIN"))
                .contains("Bob Auditeur")
                .doesNotContain("Alice Auditrice");
        assertThat(page("?objectType=" + type + "&objectId=42", "DIRECTOR"))
                .contains("Alice Auditrice")
                .doesNotContain("Bob Auditeur");
    }

    @Test
    void filtersByDateInTheDestinationCalendar() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        assertThat(page("?objectType=" + type + "&from=" + today + "&to=" + today, "DIRECTOR"))
                .contains("Alice Auditrice");
        assertThat(page("?objectType=" + type + "&from=" + today.plusDays(1), "DIRECTOR"))
                .doesNotContain("Alice Auditrice");
        assertThat(page("?objectType=" + type + "&to=" + today.minusDays(1), "DIRECTOR"))
                .doesNotContain("Alice Auditrice");
    }

    @Test
    void anUnreadableDateIsReportedBesideItsFieldAndIgnored() throws Exception {
        String html = page("?objectType=" + type + "&from=yesterday", "DIRECTOR");

        assertThat(html)
                .contains("Unreadable date")
                .contains("aria-describedby=\"from-error\"")
                .contains("Alice Auditrice");
    }

    @Test
    void onlyTheDirectorAndAdministratorsReadTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(user("editor@test").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("counselor@test").roles("COUNSELOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
