package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.CommitteeSessionView;
import fr.ambassade.selection.domain.CommitteeWebFixture;
import fr.ambassade.selection.domain.CommitteeWebFixture.Evaluated;
import fr.ambassade.selection.domain.CommitteeWebFixture.Staff;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The committee's pages: sessions (created, kept on error, stale edits told), the agenda, the preparation page, the
 * decisions (each kind, the refusals shown, the director's alone) and the minutes' PDF text.
 */
@IntegrationTest
class CommitteeWebTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    CommitteeWebFixture fixture;

    MockMvc mvc;
    Staff animator;
    Staff director;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        animator = fixture.staff(Role.ANIMATOR);
        director = fixture.staff(Role.DIRECTOR);
    }

    private MockHttpServletRequestBuilder as(Staff who, Role role, MockHttpServletRequestBuilder request) {
        return request.with(user(who.email()).roles(role.name())).cookie(new Cookie("ambassade-lang", "en"));
    }

    private String page(Staff who, Role role, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(as(who, role, get(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSessionIsCreatedWithStaffAndExternalMembersAndListedAsComing() throws Exception {
        String location = mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees"))
                        .with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(5).toString())
                        .param("startsAt", "14:30")
                        .param("place", "Salle des fêtes")
                        .param("members", String.valueOf(director.id()))
                        .param("externalMembers", "Mme la Maire\n\nM. Partenaire"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/committees/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String prep = page(animator, Role.ANIMATOR, location);
        assertThat(prep)
                .contains("Salle des fêtes")
                .contains(director.name())
                .contains("Mme la Maire (external)")
                .contains("M. Partenaire (external)")
                .contains("14:30");
        assertThat(page(animator, Role.ANIMATOR, "/admin/committees"))
                .contains("Coming")
                .contains("Salle des fêtes");
    }

    @Test
    void aSessionWithoutDateOrMembersIsRefusedAndWhatWasTypedIsKept() throws Exception {
        String html = mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees"))
                        .with(csrf())
                        .param("heldOn", "")
                        .param("place", "Médiathèque"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(html))
                .contains("Give the date of the committee.")
                .contains("value=\"Médiathèque\"");

        String noMembers = mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees"))
                        .with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(5).toString())
                        .param("place", "Médiathèque"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(noMembers)).contains("A committee has at least one member.");
    }

    @Test
    void aStaleEditOfASessionIsToldAndNothingIsOverwritten() throws Exception {
        CommitteeSessionView s = fixture.session(6, director, "Élu A");
        mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees/" + s.id()))
                        .with(csrf())
                        .param("version", String.valueOf(s.version()))
                        .param("heldOn", s.heldOn().toString())
                        .param("place", "Nouvelle salle")
                        .param("members", String.valueOf(director.id())))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees/" + s.id()))
                        .with(csrf())
                        .param("version", String.valueOf(s.version()))
                        .param("heldOn", s.heldOn().toString())
                        .param("place", "Autre salle")
                        .param("members", String.valueOf(director.id())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(stale)).contains("Someone changed this file while you were reading it");
        assertThat(fixture.get(s.id()).place()).isEqualTo("Nouvelle salle");
    }

    @Test
    void anEvaluatedApplicationGoesOnTheAgendaIsPreparedAndComesOff() throws Exception {
        Evaluated a = fixture.evaluated("Gîte du comité");
        CommitteeSessionView s = fixture.session(4, director, "Élu B");
        mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees/" + s.id() + "/agenda"))
                        .with(csrf())
                        .param("applicationId", String.valueOf(a.id()))
                        .param("version", String.valueOf(a.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Application no. " + a.id() + " is on the agenda."));
        assertThat(fixture.application(a.id()).state()).isEqualTo(ApplicationState.IN_COMMITTEE);

        String prep = page(animator, Role.ANIMATOR, "/admin/committees/" + s.id());
        assertThat(prep)
                .contains(a.establishment())
                .contains("100%")
                .contains("passed")
                .contains("Recommandé")
                .contains("Spread between evaluators")
                .contains("/css/committee.css")
                .contains("Remove from the agenda")
                .doesNotContain("Record the decision"); // the animator prepares, the director records

        long version = fixture.application(a.id()).version();
        mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees/" + s.id() + "/agenda/" + a.id() + "/remove"))
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.application(a.id()).state()).isEqualTo(ApplicationState.EVALUATED);
    }

    @Test
    void theDirectorRecordsAnAcceptanceADeclineWithFeedbackAndADeferralAndTheMinutesSayIt() throws Exception {
        Evaluated accepted = fixture.evaluated("Estaminet accepté");
        Evaluated declined = fixture.evaluated("Ferme refusée");
        Evaluated deferred = fixture.evaluated("Musée ajourné");
        CommitteeSessionView s = fixture.session(0, director, "Mme Partenaire");
        long acceptedVersion = fixture.putOnAgenda(s.id(), accepted);
        long declinedVersion = fixture.putOnAgenda(s.id(), declined);
        long deferredVersion = fixture.putOnAgenda(s.id(), deferred);
        String decisions = "/admin/committees/" + s.id() + "/decisions";

        assertThat(page(director, Role.DIRECTOR, "/admin/committees/" + s.id())).contains("Record the decision");
        assertThat(page(director, Role.DIRECTOR, decisions + "/" + declined.id()))
                .contains("Committee decision: " + declined.establishment())
                .contains("Feedback for the candidate");

        mvc.perform(as(director, Role.DIRECTOR, post(decisions))
                        .with(csrf())
                        .param("applicationId", String.valueOf(accepted.id()))
                        .param("version", String.valueOf(acceptedVersion))
                        .param("decision", "ACCEPTED")
                        .param("reasons", "Accueil exemplaire, valeurs partagées"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashSuccess",
                                "Application no. " + accepted.id() + " accepted: the candidate is told by e-mail."));

        // a decline without feedback: refused beside the field, the reasons typed are kept
        String refused = mvc.perform(as(director, Role.DIRECTOR, post(decisions))
                        .with(csrf())
                        .param("applicationId", String.valueOf(declined.id()))
                        .param("version", String.valueOf(declinedVersion))
                        .param("decision", "DECLINED")
                        .param("reasons", "Hors des valeurs du réseau"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(refused))
                .contains("Write feedback for the candidate on at least one value.")
                .contains("Hors des valeurs du réseau");

        mvc.perform(as(director, Role.DIRECTOR, post(decisions))
                        .with(csrf())
                        .param("applicationId", String.valueOf(declined.id()))
                        .param("version", String.valueOf(declinedVersion))
                        .param("decision", "DECLINED")
                        .param("reasons", "Hors des valeurs du réseau")
                        .param("feedback[" + fixture.firstValueCode() + "]", "Parlez davantage du territoire"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.application(declined.id()).declineFeedback())
                .containsEntry(fixture.firstValueCode(), "Parlez davantage du territoire");
        assertThat(fixture.mailsTo(declined.candidateEmail()))
                .anySatisfy(m -> assertThat((String) m.get("body_text")).contains("Parlez davantage du territoire"));

        mvc.perform(as(director, Role.DIRECTOR, post(decisions))
                        .with(csrf())
                        .param("applicationId", String.valueOf(deferred.id()))
                        .param("version", String.valueOf(deferredVersion))
                        .param("decision", "DEFERRED")
                        .param("reasons", "Travaux en cours")
                        .param("conditions", "Terminer la rénovation de l’accueil")
                        .param("reviewDate", LocalDate.now().plusMonths(3).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.application(deferred.id()).state()).isEqualTo(ApplicationState.DEFERRED);

        byte[] pdf = mvc.perform(as(director, Role.DIRECTOR, get("/admin/committees/" + s.id() + "/minutes.pdf")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "committee-minutes.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Minutes of the selection committee")
                    .contains("Mme Partenaire (external)")
                    .contains(director.name())
                    .contains(accepted.establishment())
                    .contains("Accepted")
                    .contains("Accueil exemplaire, valeurs partagées")
                    .contains("Declined")
                    .contains("Hors des valeurs du réseau")
                    .contains("Deferred")
                    .contains("Terminer la rénovation de l’accueil")
                    .contains("3 application(s): 1 accepted, 1 declined, 1 deferred")
                    .doesNotContain("Parlez davantage du territoire");
        }
    }

    @Test
    void aDecisionOnAnApplicationNotOnTheAgendaIsRefusedWithItsMessage() throws Exception {
        Evaluated elsewhere = fixture.evaluated("Gîte ailleurs");
        CommitteeSessionView s = fixture.session(2, director, "Élu C");
        mvc.perform(as(director, Role.DIRECTOR, post("/admin/committees/" + s.id() + "/decisions"))
                        .with(csrf())
                        .param("applicationId", String.valueOf(elsewhere.id()))
                        .param("version", String.valueOf(elsewhere.version()))
                        .param("decision", "ACCEPTED")
                        .param("reasons", "Par erreur"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashError",
                                "This application is not on this committee’s agenda: it cannot decide on it."));
        assertThat(fixture.application(elsewhere.id()).state()).isEqualTo(ApplicationState.EVALUATED);
        mvc.perform(as(director, Role.DIRECTOR, get("/admin/committees/" + s.id() + "/decisions/" + elsewhere.id())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAnimatorCannotRecordADecision() throws Exception {
        Evaluated a = fixture.evaluated("Gîte animé");
        CommitteeSessionView s = fixture.session(2, director, "Élu D");
        long version = fixture.putOnAgenda(s.id(), a);
        mvc.perform(as(animator, Role.ANIMATOR, post("/admin/committees/" + s.id() + "/decisions"))
                        .with(csrf())
                        .param("applicationId", String.valueOf(a.id()))
                        .param("version", String.valueOf(version))
                        .param("decision", "ACCEPTED")
                        .param("reasons", "Tentative"))
                .andExpect(status().isForbidden());
        mvc.perform(as(animator, Role.ANIMATOR, get("/admin/committees/" + s.id() + "/decisions/" + a.id())))
                .andExpect(status().isForbidden());
        assertThat(fixture.application(a.id()).state()).isEqualTo(ApplicationState.IN_COMMITTEE);
    }

    @Test
    void anUnknownSessionIs404() throws Exception {
        mvc.perform(as(animator, Role.ANIMATOR, get("/admin/committees/999999")))
                .andExpect(status().isNotFound());
    }
}
