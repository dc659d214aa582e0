package fr.ambassade.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.mail.MailAttachment;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
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
class OutboxViewerTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    MockMvc mvc;
    String domain;
    UUID id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        domain = "v" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        id = tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                "visitor@" + domain,
                Locale.ENGLISH,
                "outbox-test",
                "outboxtest.subject",
                Map.of("name", "<b>Zoé</b>"),
                "viewer")));
    }

    private String get200(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user("staff@test").roles(role)).cookie(new Cookie("ambassade-lang", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void staffListAndSearchTheOutbox() throws Exception {
        String html = get200("/admin/outbox?recipient=" + domain, "ANIMATOR");

        assertThat(html).contains("visitor@" + domain).contains("Test viewer").contains("Kept (no SMTP configured)");
        String sent = get200("/admin/outbox?status=SENT&recipient=" + domain, "COUNSELOR");
        assertThat(sent).doesNotContain("visitor@" + domain);
        // the filter form shows what is filtered on
        assertThat(sent)
                .contains("<option value=\"SENT\" selected=\"selected\">")
                .containsPattern("<input type=\"search\" id=\"recipient\"\\s+name=\"recipient\" value=\""
                        + domain.replace(".", "\\.") + "\"");
    }

    @Test
    void theDetailShowsTheTextAndTheHtmlOnlyEscapedOrSandboxed() throws Exception {
        String html = get200("/admin/outbox/" + id, "ANIMATOR");

        assertThat(html)
                .contains("Hello &lt;b&gt;Zoé&lt;/b&gt;")
                .contains("&lt;script&gt;alert")
                .contains("/admin/outbox/" + id + "/html")
                .doesNotContain("<script>alert");
        assertThat(html).doesNotContain("Put back in the queue");

        mvc.perform(get("/admin/outbox/" + id + "/html").with(user("staff@test").roles("DIRECTOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("sandbox")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<script>alert")));
    }

    @Test
    void theDetailListsTheAttachmentsThatReadersDownloadAndEditorsDoNot() throws Exception {
        byte[] pdf = "%PDF-1.4 procès-verbal".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UUID withFiles = tx.execute(s -> outbox.enqueue(OutgoingMail.of(
                        "files@" + domain,
                        Locale.ENGLISH,
                        "outbox-test",
                        "outboxtest.subject",
                        Map.of("name", "Zoé"),
                        "files")
                .withAttachment(MailAttachment.calendar("visit.ics", "REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .withAttachment(MailAttachment.pdf("procès-verbal.pdf", pdf))));

        String html = get200("/admin/outbox/" + withFiles, "COUNSELOR");
        assertThat(html)
                .contains("Attachments")
                .contains("href=\"/admin/outbox/" + withFiles + "/attachments/0\"")
                .contains("Download visit.ics")
                .contains("Download procès-verbal.pdf")
                .contains("(application/pdf, 0 KB)");
        assertThat(get200("/admin/outbox/" + id, "COUNSELOR")).doesNotContain("Attachments");

        byte[] body = mvc.perform(get("/admin/outbox/" + withFiles + "/attachments/1")
                        .with(user("staff@test").roles("ANIMATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("filename*=UTF-8''proc%C3%A8s-verbal.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(pdf);
        mvc.perform(get("/admin/outbox/" + withFiles + "/attachments/2")
                        .with(user("staff@test").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/" + withFiles + "/attachments/0")
                        .with(user("editor@test").roles("EDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/admin/outbox/" + UUID.randomUUID())
                        .with(user("staff@test").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdministratorRequeuesAFailedMail() throws Exception {
        jdbc.update("update outbox_mail set status = 'FAILED', attempts = 10, last_error = 'Refused' where id = ?", id);
        assertThat(get200("/admin/outbox/" + id, "ADMIN"))
                .contains("Put back in the queue")
                .contains("Refused");

        mvc.perform(post("/admin/outbox/" + id + "/requeue")
                        .with(csrf())
                        .with(user("director@test").roles("DIRECTOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/" + id + "/requeue")
                        .with(csrf())
                        .with(user("admin@test").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/outbox/" + id))
                .andExpect(flash().attributeExists("flashSuccess"));

        Map<String, Object> row = jdbc.queryForMap("select status, attempts from outbox_mail where id = ?", id);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(jdbc.queryForObject(
                        "select actor from audit_entry where object_type = 'OutboxMail' and object_id = ? "
                                + "and action = 'REQUEUE'",
                        String.class,
                        id.toString()))
                .as("a mock user without account: never its e-mail")
                .isEqualTo("unknown");

        mvc.perform(post("/admin/outbox/" + id + "/requeue")
                        .with(csrf())
                        .with(user("admin@test").roles("ADMIN")))
                .andExpect(flash().attributeExists("flashError"));
    }

    /** The rule of MailRouteRules: recipients and bodies are personal data; editors have no need for them. */
    @Test
    void counselorsAnimatorsDirectorsAndAdministratorsReadTheOutboxEditorsDoNot() throws Exception {
        for (String role : java.util.List.of("COUNSELOR", "ANIMATOR", "DIRECTOR", "ADMIN")) {
            for (String url :
                    java.util.List.of("/admin/outbox", "/admin/outbox/" + id, "/admin/outbox/" + id + "/html")) {
                mvc.perform(get(url).with(user("staff@test").roles(role))).andExpect(status().isOk());
            }
        }
        for (String url : java.util.List.of("/admin/outbox", "/admin/outbox/" + id, "/admin/outbox/" + id + "/html")) {
            mvc.perform(get(url).with(user("editor@test").roles("EDITOR"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(user("resident@test").roles("RESIDENT"))).andExpect(status().isForbidden());
        }
        assertThat(get200("/admin", "EDITOR")).doesNotContain("href=\"/admin/outbox\"");
        assertThat(get200("/admin", "COUNSELOR")).contains("href=\"/admin/outbox\"");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/outbox").with(user("provider@test").roles("PROVIDER")))
                .andExpect(status().isForbidden());
    }
}
