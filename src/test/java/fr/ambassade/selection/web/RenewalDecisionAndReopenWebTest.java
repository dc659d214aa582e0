package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.membership.domain.MembershipTestData;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.selection.domain.StaffScreensFixture.Renewal;
import fr.ambassade.selection.domain.StaffScreensFixture.Staff;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two decisions of the application file: a passing renewal accepted without a committee (deciders, when the setting
 * allows it; the membership renews), and a deferral reopened to the review or to a new visit (managers).
 */
@IntegrationTest
class RenewalDecisionAndReopenWebTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    StaffScreensFixture fixture;

    @Autowired
    MembershipTestData memberships;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void settingBackToItsDefault() {
        fixture.committeeSkippableForPassingRenewals(false);
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

    private String version(long applicationId) {
        return String.valueOf(fixture.application(applicationId).version());
    }

    // ------------------------------------------------------------------ a renewal accepted without a committee

    @Test
    void aPassingRenewalIsAcceptedWithoutACommitteeByTheDirectorAndTheMembershipRenews() throws Exception {
        fixture.committeeSkippableForPassingRenewals(true);
        Staff director = fixture.staff(Role.DIRECTOR);
        Staff animator = fixture.staff(Role.ANIMATOR);
        Renewal renewal = fixture.evaluatedRenewal("Renouvellement sans comité", 3);
        LocalDate start = LocalDate.now().plusDays(40).minusMonths(36);
        long membership = memberships.activeMembership(renewal.providerId(), start, 36);
        LocalDate before = memberships.nextRenewalDate(membership);
        long id = renewal.file().id();
        String url = "/admin/applications/" + id;

        // the animator manages the file but does not record decisions: no action, and the route refuses
        assertThat(page(url, animator)).doesNotContain("Accept the renewal without a committee");
        mvc.perform(as(post(url + "/accept-renewal"), animator)
                        .with(csrf())
                        .param("version", version(id))
                        .param("reason", "passing"))
                .andExpect(status().isForbidden());

        assertThat(page(url, director)).contains("Accept the renewal without a committee");
        // a reason is required
        assertThat(refused(post(url + "/accept-renewal").param("version", version(id)), director))
                .contains("Give the reason.")
                .contains("id=\"reason-error\"");
        // a stale page is told
        assertThat(refused(
                        post(url + "/accept-renewal")
                                .param(
                                        "version",
                                        String.valueOf(fixture.application(id).version() - 1))
                                .param("reason", "Typed on a stale page"),
                        director))
                .contains("Someone changed this file")
                .contains("Typed on a stale page");

        mvc.perform(as(post(url + "/accept-renewal"), director)
                        .with(csrf())
                        .param("version", version(id))
                        .param("reason", "Score well above the threshold"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute(
                                "flashSuccess",
                                "The renewal is accepted without a committee; the ambassador is told."));
        assertThat(fixture.application(id).state()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(fixture.audit(id))
                .filteredOn(e -> "ACCEPTED_WITHOUT_COMMITTEE".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("reason")).isEqualTo("Score well above the threshold");
                    assertThat((String) e.get("changes")).contains("EVALUATED").contains("ACCEPTED");
                    assertThat(e.get("actor_account_id")).isEqualTo(director.id());
                });
        List<Map<String, Object>> mails = fixture.mailsTo(renewal.file().candidateEmail());
        assertThat(mails)
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Renewal accepted"))
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("body_text"))
                        .contains(renewal.file().providerName())
                        .doesNotContain("Score well above the threshold"));

        // the membership module renews the title after the commit: the date moves on by the renewal period
        await().until(() -> !memberships.nextRenewalDate(membership).equals(before));
        assertThat(memberships.nextRenewalDate(membership)).isEqualTo(before.plusMonths(36));
        assertThat(memberships.audit(membership)).anyMatch(e -> "RENEWED".equals(e.get("action")));
    }

    @Test
    void withoutTheSettingOrAPassingEvaluationTheRenewalGoesToACommittee() throws Exception {
        Staff director = fixture.staff(Role.DIRECTOR);
        Renewal passing = fixture.evaluatedRenewal("Renouvellement réglage", 3);
        String url = "/admin/applications/" + passing.file().id();

        // setting off (the default): the page says why, and the action is refused with the same explanation
        assertThat(page(url, director))
                .contains("This renewal goes to a committee: The current setting asks for a committee")
                .doesNotContain("Accept the renewal without a committee");
        assertThat(refused(
                        post(url + "/accept-renewal")
                                .param("version", version(passing.file().id()))
                                .param("reason", "try"),
                        director))
                .contains("The current setting asks for a committee to decide every renewal.");
        assertThat(fixture.application(passing.file().id()).state()).isEqualTo(ApplicationState.EVALUATED);

        // setting on, but the evaluation fails
        fixture.committeeSkippableForPassingRenewals(true);
        Renewal failing = fixture.evaluatedRenewal("Renouvellement insuffisant", 0);
        String failingUrl = "/admin/applications/" + failing.file().id();
        assertThat(page(failingUrl, director))
                .contains("only a renewal whose evaluation reaches the threshold")
                .doesNotContain("Accept the renewal without a committee");
        assertThat(refused(
                        post(failingUrl + "/accept-renewal")
                                .param("version", version(failing.file().id()))
                                .param("reason", "try"),
                        director))
                .contains(
                        "Without a committee, only a renewal whose evaluation reaches the threshold can be accepted.");
        assertThat(fixture.application(failing.file().id()).state()).isEqualTo(ApplicationState.EVALUATED);

        // a new application (not a renewal) is never accepted this way
        File newOne = fixture.submitted("Nouvelle candidature");
        assertThat(refused(
                        post("/admin/applications/" + newOne.id() + "/accept-renewal")
                                .param("version", version(newOne.id()))
                                .param("reason", "try"),
                        director))
                .contains("Only an evaluated renewal can be accepted without a committee.");
    }

    // ------------------------------------------------------------------ reopening a deferral

    @Test
    void aDeferralIsReopenedForReviewWithAReason() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.deferred("Ajourné à rouvrir");
        String url = "/admin/applications/" + file.id();

        String html = page(url, animator);
        assertThat(html)
                .contains("Reopen the deferred application")
                .contains("Terminer l&#39;accès PMR")
                .contains("Review date");

        assertThat(refused(
                        post(url + "/reopen")
                                .param("version", version(file.id()))
                                .param("to", "UNDER_REVIEW"),
                        animator))
                .contains("Give the reason for reopening.")
                .contains("id=\"reason-error\"");
        assertThat(refused(
                        post(url + "/reopen")
                                .param("version", version(file.id()))
                                .param("to", "ACCEPTED")
                                .param("reason", "why not"),
                        animator))
                .contains("Choose what to reopen the application to.");
        assertThat(refused(
                        post(url + "/reopen")
                                .param(
                                        "version",
                                        String.valueOf(
                                                fixture.application(file.id()).version() - 1))
                                .param("to", "UNDER_REVIEW")
                                .param("reason", "Typed on a stale page"),
                        animator))
                .contains("Someone changed this file")
                .contains("Typed on a stale page");

        mvc.perform(as(post(url + "/reopen"), animator)
                        .with(csrf())
                        .param("version", version(file.id()))
                        .param("to", "UNDER_REVIEW")
                        .param("reason", "Access works finished"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute(
                                "flashSuccess",
                                "The application is reopened for a new review; the candidate is told."));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(fixture.audit(file.id()))
                .filteredOn(e -> "REOPENED".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("reason")).isEqualTo("Access works finished"));
        assertThat(fixture.mailsTo(file.candidateEmail()))
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Application reopened"))
                .hasSize(1);
        assertThat(page(url, animator)).contains("Access works finished");

        // no longer deferred: reopening again is refused with the explanation
        assertThat(refused(
                        post(url + "/reopen")
                                .param("version", version(file.id()))
                                .param("to", "UNDER_REVIEW")
                                .param("reason", "again"),
                        animator))
                .contains("Only a deferred application can be reopened.");
        assertThat(refused(
                        post(url + "/reopen")
                                .param("version", version(file.id()))
                                .param("to", "VISIT_SCHEDULED")
                                .param("reason", "again")
                                .param("date", LocalDate.now().plusDays(9).toString())
                                .param("time", "10:00")
                                .param("durationMinutes", "60")
                                .param("place", "On site")
                                .param("evaluators", String.valueOf(animator.id())),
                        animator))
                .contains("Only a deferred application can be reopened with a new visit.");
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void aDeferralIsReopenedStraightToANewVisitWhoseFieldsAreRequired() throws Exception {
        Staff director = fixture.staff(Role.DIRECTOR);
        Staff evaluator = fixture.staff(Role.COUNSELOR);
        File file = fixture.deferred("Ajourné revisite");
        String url = "/admin/applications/" + file.id();
        String day = LocalDate.now().plusDays(12).toString();

        String missing = refused(
                post(url + "/reopen")
                        .param("version", version(file.id()))
                        .param("to", "VISIT_SCHEDULED")
                        .param("reason", "New visit after the works")
                        .param("date", day)
                        .param("time", "09:30")
                        .param("durationMinutes", "60")
                        .param("place", "The new ramp"),
                director);
        assertThat(missing)
                .contains("Choose at least one evaluator")
                .contains("id=\"evaluators-error\"")
                .contains("The new ramp")
                .contains("New visit after the works");
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.DEFERRED);

        mvc.perform(as(post(url + "/reopen"), director)
                        .with(csrf())
                        .param("version", version(file.id()))
                        .param("to", "VISIT_SCHEDULED")
                        .param("reason", "New visit after the works")
                        .param("date", day)
                        .param("time", "09:30")
                        .param("durationMinutes", "60")
                        .param("place", "The new ramp")
                        .param("evaluators", String.valueOf(evaluator.id())))
                .andExpect(redirectedUrl(url));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.VISIT_SCHEDULED);
        assertThat(fixture.audit(file.id()))
                .filteredOn(e -> "REOPENED_WITH_VISIT".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("reason")).isEqualTo("New visit after the works"));
        // the first visit (before the deferral) had its invitation; the new one gets its own
        assertThat(fixture.calendarsTo(file.candidateEmail()))
                .hasSize(2)
                .last()
                .asString()
                .contains("METHOD:REQUEST")
                .contains("The new ramp");
        assertThat(fixture.application(file.id()).history())
                .last()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("New visit after the works"));
    }

    @Test
    void reopeningIsForManagersOnly() throws Exception {
        File file = fixture.deferred("Ajourné accès");
        String url = "/admin/applications/" + file.id() + "/reopen";
        for (Role role : List.of(Role.COUNSELOR, Role.EDITOR, Role.PROVIDER, Role.RESIDENT)) {
            mvc.perform(post(url)
                            .with(csrf())
                            .with(user(role.name().toLowerCase() + "@reopen.test")
                                    .roles(role.name()))
                            .param("version", version(file.id()))
                            .param("to", "UNDER_REVIEW")
                            .param("reason", "no"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(url).with(csrf()).param("to", "UNDER_REVIEW").param("reason", "no"))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.DEFERRED);
    }
}
