package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.selection.domain.StaffScreensFixture.Staff;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The staff screens: the application file and its actions, the visits and their invitations, the evaluation form. */
@IntegrationTest
class StaffScreensWebTest {

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

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, Staff who) {
        return r.with(user(who.email()).roles(who.role().name())).cookie(new Cookie("ambassade-lang", "en"));
    }

    private String page(String url, Staff who) throws Exception {
        return mvc.perform(as(get(url), who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String refused(MockHttpServletRequestBuilder r, Staff who) throws Exception {
        return mvc.perform(as(r.with(csrf()), who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static VEvent event(String ics) throws Exception {
        Calendar c = new CalendarBuilder().build(new StringReader(ics));
        return c.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void theFileShowsTheCandidateAndHistoryAndStartsTheReview() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.submitted("File review");
        String html = page("/admin/applications/" + file.id(), animator);
        assertThat(html)
                .contains(file.providerName())
                .contains("Partager le bassin minier")
                .contains("Start the review")
                .contains("History");

        mvc.perform(as(post("/admin/applications/" + file.id() + "/review"), animator)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(fixture.application(file.id()).version()))
                        .param("reason", "complete file"))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()))
                .andExpect(flash().attribute("flashSuccess", "The review of the application has started."));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(page("/admin/applications/" + file.id(), animator)).contains("complete file");
    }

    @Test
    void aStaleEditIsToldAndKeepsWhatWasTyped() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.submitted("File stale");
        long old = fixture.application(file.id()).version() - 1;
        String html = refused(
                post("/admin/applications/" + file.id() + "/review")
                        .param("version", String.valueOf(old))
                        .param("reason", "Typed by the second editor"),
                animator);
        assertThat(html).contains("Someone changed this file").contains("Typed by the second editor");
    }

    @Test
    void declineWithoutVisitIsTheDirectorsAndNeedsFeedback() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff director = fixture.staff(Role.DIRECTOR);
        File file = fixture.submitted("File decline");
        long version = fixture.application(file.id()).version();
        assertThat(page("/admin/applications/" + file.id(), animator)).doesNotContain("Decline the application");
        assertThat(refused(
                        post("/admin/applications/" + file.id() + "/decline").param("version", String.valueOf(version)),
                        animator))
                .contains("Only the director");
        assertThat(refused(
                        post("/admin/applications/" + file.id() + "/decline")
                                .param("version", String.valueOf(version))
                                .param("reason", "outside"),
                        director))
                .contains("Write feedback for the candidate");
        mvc.perform(as(post("/admin/applications/" + file.id() + "/decline"), director)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("feedback[" + fixture.firstValueCode() + "]", "Outside our territory")
                        .param("reason", "outside"))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.DECLINED);
    }

    @Test
    void scheduleRescheduleAndCancelSendTheCalendarInvitation() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff e1 = fixture.staff(Role.COUNSELOR);
        Staff e2 = fixture.staff(Role.EDITOR);
        File file = fixture.underReview("File visit", animator);
        String day = LocalDate.now().plusDays(20).toString();

        String noEvaluator = refused(
                post("/admin/applications/" + file.id() + "/visits")
                        .param(
                                "version",
                                String.valueOf(fixture.application(file.id()).version()))
                        .param("date", day)
                        .param("time", "10:30")
                        .param("durationMinutes", "90")
                        .param("place", "The kitchen garden"),
                animator);
        assertThat(noEvaluator)
                .contains("Choose at least one evaluator")
                .contains("id=\"evaluators-error\"")
                .contains("The kitchen garden");

        mvc.perform(as(post("/admin/applications/" + file.id() + "/visits"), animator)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(fixture.application(file.id()).version()))
                        .param("date", day)
                        .param("time", "10:30")
                        .param("durationMinutes", "90")
                        .param("place", "The kitchen garden")
                        .param("evaluators", String.valueOf(e1.id()), String.valueOf(e2.id())))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.VISIT_SCHEDULED);

        List<String> calendars = fixture.calendarsTo(file.candidateEmail());
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0)).contains("METHOD:REQUEST").contains("TZID=Europe/Paris");
        VEvent first = event(calendars.get(0));
        String uid = prop(first, "UID");
        assertThat(uid).startsWith("selection-visit-");
        assertThat(prop(first, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(first, "ATTENDEE")).isEqualToIgnoringCase("mailto:" + file.candidateEmail());
        assertThat(prop(first, "LOCATION")).isEqualTo("The kitchen garden");

        String html = page("/admin/applications/" + file.id(), animator);
        assertThat(html).contains("The kitchen garden").contains("Declaration of interests to make");
        long visitId = Long.parseLong(uid.substring("selection-visit-".length(), uid.indexOf('@')));

        mvc.perform(as(post("/admin/visits/" + visitId + "/reschedule"), animator)
                        .with(csrf())
                        .param("version", String.valueOf(fixture.visit(visitId).version()))
                        .param("date", day)
                        .param("time", "14:00")
                        .param("durationMinutes", "60")
                        .param("place", "The orchard")
                        .param("evaluators", String.valueOf(e1.id()), String.valueOf(e2.id())))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()));
        calendars = fixture.calendarsTo(file.candidateEmail());
        assertThat(calendars).hasSize(2);
        VEvent second = event(calendars.get(1));
        assertThat(prop(second, "UID")).isEqualTo(uid);
        assertThat(prop(second, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(second, "DTSTART")).endsWith("T140000");

        mvc.perform(as(post("/admin/visits/" + visitId + "/cancel"), animator)
                        .with(csrf())
                        .param("version", String.valueOf(fixture.visit(visitId).version()))
                        .param("reason", "candidate away"))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()));
        calendars = fixture.calendarsTo(file.candidateEmail());
        assertThat(calendars).hasSize(3);
        assertThat(calendars.get(2)).contains("METHOD:CANCEL");
        VEvent third = event(calendars.get(2));
        assertThat(prop(third, "UID")).isEqualTo(uid);
        assertThat(prop(third, "SEQUENCE")).isEqualTo("2");
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void theEvaluationFormDeclaresThenScoresBlindly() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff conflicted = fixture.staff(Role.COUNSELOR);
        Staff scorer = fixture.staff(Role.EDITOR);
        Staff other = fixture.staff(Role.DIRECTOR);
        Staff outsider = fixture.staff(Role.COUNSELOR);
        File file = fixture.underReview("File evaluation", animator);
        long visitId = fixture.visit(file, animator, conflicted, scorer, other);
        String form = "/admin/visits/" + visitId + "/evaluation";

        mvc.perform(as(get(form), outsider)).andExpect(status().isNotFound());
        assertThat(page("/admin/visits/mine", scorer))
                .contains(file.providerName())
                .contains(form);

        // a declared conflict: a confirmation, no score form
        mvc.perform(as(post(form + "/declaration"), conflicted).with(csrf()).param("conflict", "true"))
                .andExpect(redirectedUrl(form));
        String conflictPage = page(form, conflicted);
        assertThat(conflictPage)
                .contains("You declared a conflict of interest")
                .doesNotContain("Submit the evaluation");

        // the other evaluator submits a distinctive note
        fixture.submit(visitId, other, 1, "Distinctive note of the other evaluator");

        mvc.perform(as(post(form + "/declaration"), scorer).with(csrf()).param("conflict", "false"))
                .andExpect(redirectedUrl(form));
        String scoring = page(form, scorer);
        assertThat(scoring).contains("Submit the evaluation").doesNotContain("Distinctive note of the other evaluator");

        List<GridCriterion> criteria = fixture.criteria(visitId);
        GridCriterion first = criteria.get(0);
        String outOfRange =
                refused(post(form).param("scores[" + first.id() + "]", "7").param("action", "draft"), scorer);
        assertThat(outOfRange)
                .contains("the score is between 0 and 3")
                .contains("id=\"scores" + first.id() + "-error\"");

        MockHttpServletRequestBuilder draft =
                post(form).param("action", "draft").param("evidence[" + first.id() + "]", "Seen the garden");
        draft.param("scores[" + first.id() + "]", "3");
        mvc.perform(as(draft, scorer).with(csrf())).andExpect(redirectedUrl(form));
        assertThat(page(form, scorer)).contains("Seen the garden");

        if (criteria.size() > 1) {
            String blank =
                    refused(post(form).param("action", "submit").param("scores[" + first.id() + "]", "3"), scorer);
            assertThat(blank)
                    .contains("score this criterion before submitting")
                    .contains("id=\"scores" + criteria.get(1).id() + "-error\"")
                    .doesNotContain("Distinctive note of the other evaluator");
        }

        MockHttpServletRequestBuilder submit = post(form).param("action", "submit");
        for (GridCriterion c : criteria) {
            submit.param("scores[" + c.id() + "]", "3");
        }
        mvc.perform(as(submit, scorer).with(csrf())).andExpect(redirectedUrl(form));
        assertThat(page(form, scorer)).contains("Evaluation submitted on");

        // the animator sees the spread (1 and 3: apart by 2) and closes with the recommendation
        String file1 = page("/admin/applications/" + file.id(), animator);
        assertThat(file1).contains("2 points apart").contains("Close the evaluation");
        String noRecommendation = refused(
                post("/admin/visits/" + visitId + "/close")
                        .param(
                                "version",
                                String.valueOf(fixture.application(file.id()).version())),
                animator);
        assertThat(noRecommendation).contains("Write the animator’s recommendation");
        mvc.perform(as(post("/admin/visits/" + visitId + "/close"), animator)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(fixture.application(file.id()).version()))
                        .param("recommendation", "Recommended with reservations"))
                .andExpect(redirectedUrl("/admin/applications/" + file.id()));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.EVALUATED);
        assertThat(fixture.application(file.id()).recommendation()).isEqualTo("Recommended with reservations");
    }

    @Test
    void theQueueLinksEachRowToItsFileForManagersOnly() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff counselor = fixture.staff(Role.COUNSELOR);
        File file = fixture.submitted("File link");
        assertThat(page("/admin/applications?state=SUBMITTED&size=100", animator))
                .contains("href=\"/admin/applications/" + file.id() + "\"");
        assertThat(page("/admin/applications?state=SUBMITTED&size=100", counselor))
                .doesNotContain("href=\"/admin/applications/" + file.id() + "\"");
    }
}
