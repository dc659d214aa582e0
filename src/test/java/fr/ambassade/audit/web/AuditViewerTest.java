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

    MockMvc mvc;
    String type;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // A type of our own: the log is shared with every other test.
        type = "ViewerTest" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> {
            auditLog.record(AuditRecord.of(type, "42", "APPROVE").by("alice@test").because("Complete file")
                    .change("status", "SUBMITTED", "APPROVED")
                    .personalChange("phone", "0600000001", "0600000002"));
            auditLog.record(AuditRecord.of(type, "43", "REJECT").by("bob@test").because("Outside the territory"));
        });
    }

    private String page(String query, String... roles) throws Exception {
        return mvc.perform(get("/admin/audit" + query).with(user("director@test").roles(roles))
                        .cookie(new Cookie("ambassade-lang", "en")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void filtersByObjectTypeAndShowsTheChanges() throws Exception {
        String html = page("?objectType=" + type, "DIRECTOR");

        assertThat(html).contains("alice@test", "bob@test", "Complete file", "APPROVE", "REJECT")
                .contains("SUBMITTED → APPROVED")
                .contains("changed (personal data)")
                .doesNotContain("0600000001").doesNotContain("0600000002");
        assertThat(html.indexOf("bob@test")).as("newest first").isLessThan(html.indexOf("alice@test"));
    }

    @Test
    void filtersByActorActionAndObjectId() throws Exception {
        assertThat(page("?objectType=" + type + "&actor=alice@test", "ADMIN")).contains("APPROVE").doesNotContain("bob@test");
        assertThat(page("?objectType=" + type + "&action=REJECT", "ADMIN")).contains("bob@test").doesNotContain("alice@test");
        assertThat(page("?objectType=" + type + "&objectId=42", "DIRECTOR")).contains("alice@test").doesNotContain("bob@test");
    }

    @Test
    void filtersByDateInTheDestinationCalendar() throws Exception {
        LocalDate today = LocalDate.now(AuditController.ZONE);

        assertThat(page("?objectType=" + type + "&from=" + today + "&to=" + today, "DIRECTOR")).contains("alice@test");
        assertThat(page("?objectType=" + type + "&from=" + today.plusDays(1), "DIRECTOR")).doesNotContain("alice@test");
        assertThat(page("?objectType=" + type + "&to=" + today.minusDays(1), "DIRECTOR")).doesNotContain("alice@test");
    }

    @Test
    void anUnreadableDateIsReportedBesideItsFieldAndIgnored() throws Exception {
        String html = page("?objectType=" + type + "&from=yesterday", "DIRECTOR");

        assertThat(html).contains("Unreadable date").contains("aria-describedby=\"from-error\"").contains("alice@test");
    }

    @Test
    void onlyTheDirectorAndAdministratorsReadTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(user("editor@test").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("counselor@test").roles("COUNSELOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
