package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.selection.domain.StaffScreensFixture.Staff;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The staff's JSON API for applications: the list with its filters and paging, a file, the transitions (audited, the
 * candidate e-mailed) and every refusal as problem+json — 409 for a transition the state refuses (in the caller's
 * language) and for a stale version (its own type), 422 for missing fields, 404, 403. Who may call each route:
 * {@link ApplicationsApiAccessTest}.
 */
@IntegrationTest
class ApplicationsApiTest {

    static final String LIST = "/api/v1/applications";

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

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, Staff who) {
        return r.with(user(who.email()).roles(who.role().name()));
    }

    private ResultActions transition(long id, Staff who, String json, String language) throws Exception {
        return mvc.perform(as(post(LIST + "/" + id + "/transitions"), who)
                .with(csrf())
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long version(File file) {
        return fixture.application(file.id()).version();
    }

    /** A problem+json of this status and type ({@code null}: about:blank, which the serialiser leaves out). */
    static void problem(ResultActions result, int status, String type) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(
                        type == null
                                ? jsonPath("$.type").doesNotExist()
                                : jsonPath("$.type").value(type))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void theListFiltersByStateAndKindTheLatestChangedFirstOnePageAtATime() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff counsellor = fixture.staff(Role.COUNSELOR);
        File older = fixture.submitted("Api list older");
        File newer = fixture.submitted("Api list newer");

        mvc.perform(as(get(LIST + "?state=SUBMITTED&kind=NEW&size=1"), counsellor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(newer.id()))
                .andExpect(jsonPath("$.items[0].establishment.name").value(newer.providerName()))
                .andExpect(jsonPath("$.items[0].establishment.commune.code").value("62119"))
                .andExpect(jsonPath("$.items[0].establishment.commune.name").isString())
                .andExpect(jsonPath("$.items[0].kind").value("NEW"))
                .andExpect(jsonPath("$.items[0].state").value("SUBMITTED"))
                .andExpect(jsonPath("$.items[0].submittedAt").isString())
                .andExpect(jsonPath("$.items[0].changedAt").isString())
                .andExpect(jsonPath("$.items[0].version").value((int) version(newer)))
                .andExpect(jsonPath("$.items[0].scorePercent").doesNotExist());
        mvc.perform(as(get(LIST + "?state=submitted&page=1&size=1"), counsellor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].id").value(older.id()));

        // a state change moves the file to the top of its new state
        transition(older.id(), animator, "{\"transition\":\"START_REVIEW\",\"version\":" + version(older) + "}", "en")
                .andExpect(status().isOk());
        mvc.perform(as(get(LIST + "?state=UNDER_REVIEW"), counsellor))
                .andExpect(jsonPath("$.items[0].id").value(older.id()))
                .andExpect(jsonPath("$.items[*].state", everyItem(is("UNDER_REVIEW"))));
        mvc.perform(as(get(LIST + "?state=SUBMITTED&size=100"), counsellor))
                .andExpect(jsonPath("$.items[*].state", everyItem(is("SUBMITTED"))));
        mvc.perform(as(get(LIST + "?kind=RENEWAL&size=100"), counsellor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", everyItem(is("RENEWAL"))));
        mvc.perform(as(get(LIST + "?size=1000"), counsellor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void anUnknownFilterValueOrAnUnusablePageIsABadRequestNamingTheParameter() throws Exception {
        Staff counsellor = fixture.staff(Role.COUNSELOR);
        problem(
                mvc.perform(as(get(LIST + "?state=BOGUS"), counsellor).header("Accept-Language", "en")),
                400,
                "urn:ambassade:problem:invalid-parameter");
        mvc.perform(as(get(LIST + "?state=BOGUS"), counsellor).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.parameter").value("state"))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value(containsString("“state” does not accept the value “BOGUS”")));
        mvc.perform(as(get(LIST + "?kind=SECOND"), counsellor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString("« kind » n’accepte pas la valeur « SECOND »")));
        mvc.perform(as(get(LIST + "?page=-1&lang=en"), counsellor).header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be negative")));
    }

    @Test
    void theFileHasTheCandidatesTextsHistoryVisitsAndTheClosedEvaluationsScore() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.evaluated("Api file", animator);
        String value = fixture.firstValueCode();
        mvc.perform(as(get(LIST + "/" + file.id()), animator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(file.id()))
                .andExpect(jsonPath("$.establishment.name").value(file.providerName()))
                .andExpect(jsonPath("$.establishment.commune.code").value("62119"))
                .andExpect(jsonPath("$.state").value("EVALUATED"))
                .andExpect(jsonPath("$.version").value((int) version(file)))
                .andExpect(jsonPath("$.motivation").value("Partager le bassin minier"))
                .andExpect(jsonPath("$.selfAssessment[0].value").value(value))
                .andExpect(jsonPath("$.selfAssessment[0].name").isString())
                .andExpect(jsonPath("$.selfAssessment[0].text").value("Notre façon de vivre " + value))
                .andExpect(jsonPath("$.history[*].state")
                        .value(contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "VISIT_SCHEDULED", "EVALUATED")))
                .andExpect(jsonPath("$.history[2].from").value("SUBMITTED"))
                .andExpect(jsonPath("$.history[2].by.id").value(animator.id()))
                .andExpect(jsonPath("$.history[2].by.name").value("Test " + animator.email()))
                .andExpect(jsonPath("$.history[2].reason").value("complete"))
                .andExpect(jsonPath("$.history[2].at").isString())
                .andExpect(jsonPath("$.visits.length()").value(1))
                .andExpect(jsonPath("$.visits[0].evaluators").value(1))
                .andExpect(jsonPath("$.visits[0].startsAt").isString())
                .andExpect(jsonPath("$.visits[0].cancelled").value(false))
                .andExpect(jsonPath("$.visits[0].evaluationClosedAt").isString())
                .andExpect(jsonPath("$.evaluation.scorePercent").value(100.0))
                .andExpect(jsonPath("$.evaluation.passed").value(true))
                .andExpect(jsonPath("$.evaluation.evaluations").value(1))
                .andExpect(jsonPath("$.evaluation.thresholdPercent").isNumber())
                .andExpect(jsonPath("$.transitions").isEmpty());

        File submitted = fixture.submitted("Api file submitted");
        mvc.perform(as(get(LIST + "/" + submitted.id()), animator))
                .andExpect(jsonPath("$.evaluation").doesNotExist())
                .andExpect(jsonPath("$.visits").isEmpty())
                .andExpect(jsonPath("$.transitions").value(contains("START_REVIEW")));
        mvc.perform(as(get(LIST + "/" + submitted.id()), fixture.staff(Role.DIRECTOR)))
                .andExpect(jsonPath("$.transitions").value(contains("START_REVIEW", "DECLINE_WITHOUT_VISIT")));
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        problem(mvc.perform(as(get(LIST + "/987654321"), animator).header("Accept-Language", "en")), 404, null);
        mvc.perform(as(get(LIST + "/987654321"), animator).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Nothing matches this address."));
        problem(transition(987654321, animator, "{\"transition\":\"START_REVIEW\",\"version\":0}", "fr"), 404, null);
    }

    @Test
    void startingTheReviewIsAuditedAndTheCandidateIsEmailed() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.submitted("Api review");
        long version = version(file);
        transition(
                        file.id(),
                        animator,
                        "{\"transition\":\"START_REVIEW\",\"version\":" + version + ",\"reason\":\"complete file\"}",
                        "en")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.state").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.version").value(greaterThanOrEqualTo((int) version + 1)))
                .andExpect(jsonPath("$.history[-1:].reason").value(hasItem("complete file")))
                .andExpect(jsonPath("$.history[-1:].by.id").value(hasItem((int) animator.id())));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(fixture.auditActions(file.id())).containsExactly("CREATED", "SUBMITTED", "REVIEW_STARTED");
        assertThat(fixture.mailSubjectsTo(file.candidateEmail())).hasSize(2);
    }

    @Test
    void aDeferredFileIsReopenedForReview() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.deferred("Api reopen", animator);
        mvc.perform(as(get(LIST + "/" + file.id()), animator))
                .andExpect(jsonPath("$.state").value("DEFERRED"))
                .andExpect(jsonPath("$.deferralConditions").value("Envoyer le label Accueil Vélo"))
                .andExpect(jsonPath("$.reviewDate").isString())
                .andExpect(jsonPath("$.transitions").value(contains("REOPEN_FOR_REVIEW")));
        int mails = fixture.mailSubjectsTo(file.candidateEmail()).size();
        transition(
                        file.id(),
                        animator,
                        "{\"transition\":\"REOPEN_FOR_REVIEW\",\"version\":" + version(file)
                                + ",\"reason\":\"label received\"}",
                        "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
        assertThat(fixture.auditActions(file.id())).last().isEqualTo("REOPENED");
        assertThat(fixture.mailSubjectsTo(file.candidateEmail())).hasSize(mails + 1);
    }

    @Test
    void anIllegalTransitionIsAConflictExplainedInTheCallersLanguage() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.underReview("Api illegal", animator);
        String body = "{\"transition\":\"START_REVIEW\",\"version\":" + version(file) + "}";
        ResultActions en = transition(file.id(), animator, body, "en");
        problem(en, 409, "urn:ambassade:problem:refused-change");
        en.andExpect(jsonPath("$.title").value("Change refused"))
                .andExpect(jsonPath("$.detail").value("Only a submitted application can be put under review."))
                .andExpect(jsonPath("$.state").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.transition").value("START_REVIEW"));
        transition(file.id(), animator, body, "fr-FR,fr;q=0.9,en;q=0.5")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changement refusé"))
                .andExpect(jsonPath("$.detail").value("Seule une candidature déposée peut être mise en examen."));
        assertThat(fixture.auditActions(file.id())).containsExactly("CREATED", "SUBMITTED", "REVIEW_STARTED");
    }

    @Test
    void aStaleVersionIsAConflictOfItsOwnType() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.submitted("Api stale");
        ResultActions result = transition(
                file.id(), animator, "{\"transition\":\"START_REVIEW\",\"version\":" + (version(file) - 1) + "}", "en");
        problem(result, 409, "urn:ambassade:problem:stale-edit");
        result.andExpect(jsonPath("$.title").value("Changed in the meantime"))
                .andExpect(jsonPath("$.detail").value(containsString("changed in the meantime")));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void twoCallersSendingTheSameVersionAtOnceOneWinsTheOtherIsToldItIsStale() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff director = fixture.staff(Role.DIRECTOR);
        File file = fixture.submitted("Api concurrent");
        long version = version(file);
        String value = fixture.firstValueCode();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<org.springframework.test.web.servlet.MvcResult>> calls = List.of(
                    () -> {
                        start.await();
                        return transition(
                                        file.id(),
                                        animator,
                                        "{\"transition\":\"START_REVIEW\",\"version\":" + version + "}",
                                        "en")
                                .andReturn();
                    },
                    () -> {
                        start.await();
                        return transition(
                                        file.id(),
                                        director,
                                        "{\"transition\":\"DECLINE_WITHOUT_VISIT\",\"version\":" + version
                                                + ",\"feedback\":{\"" + value + "\":\"Outside the territory\"}}",
                                        "en")
                                .andReturn();
                    });
            List<Future<org.springframework.test.web.servlet.MvcResult>> futures = new ArrayList<>();
            for (Callable<org.springframework.test.web.servlet.MvcResult> c : calls) {
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            String loser = null;
            for (Future<org.springframework.test.web.servlet.MvcResult> f : futures) {
                org.springframework.test.web.servlet.MvcResult r = f.get();
                statuses.add(r.getResponse().getStatus());
                if (r.getResponse().getStatus() == 409) {
                    loser = r.getResponse().getContentAsString();
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(loser).contains("urn:ambassade:problem:stale-edit");
        } finally {
            pool.shutdownNow();
        }
        ApplicationState state = fixture.application(file.id()).state();
        assertThat(state).isIn(ApplicationState.UNDER_REVIEW, ApplicationState.DECLINED);
        assertThat(fixture.auditActions(file.id()))
                .containsExactly(
                        "CREATED",
                        "SUBMITTED",
                        state == ApplicationState.UNDER_REVIEW ? "REVIEW_STARTED" : "DECLINED_WITHOUT_VISIT");
    }

    @Test
    void missingOrUnknownFieldsAreInvalidInputNamingEachField() throws Exception {
        Staff director = fixture.staff(Role.DIRECTOR);
        File file = fixture.submitted("Api invalid");
        ResultActions empty = transition(file.id(), director, "{}", "en");
        problem(empty, 422, "urn:ambassade:problem:invalid-input");
        empty.andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'transition')].message")
                        .value(hasItem("Give the transition (for example START_REVIEW).")))
                .andExpect(jsonPath("$.errors[?(@.field == 'version')].message")
                        .value(hasItem("Give the version of the application you read.")));

        transition(file.id(), director, "{\"transition\":\"WITHDRAW\",\"version\":" + version(file) + "}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("transition"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no transition “WITHDRAW”")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("START_REVIEW")));

        ResultActions noFeedback = transition(
                file.id(),
                director,
                "{\"transition\":\"DECLINE_WITHOUT_VISIT\",\"version\":" + version(file)
                        + ",\"reason\":\"outside\",\"feedback\":{\"" + fixture.firstValueCode() + "\":\" \"}}",
                "en");
        problem(noFeedback, 422, "urn:ambassade:problem:invalid-input");
        noFeedback
                .andExpect(jsonPath("$.errors[0].field").value("feedback"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Write feedback for the candidate on at least one value."));
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void declineWithoutVisitIsTheDirectorsTheAnimatorIsForbidden() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff director = fixture.staff(Role.DIRECTOR);
        File file = fixture.submitted("Api decline");
        String body = "{\"transition\":\"DECLINE_WITHOUT_VISIT\",\"version\":" + version(file)
                + ",\"reason\":\"outside the territory\",\"feedback\":{\"" + fixture.firstValueCode()
                + "\":\"Your establishment is outside our territory\"}}";
        ResultActions refused = transition(file.id(), animator, body, "en");
        problem(refused, 403, "urn:ambassade:problem:not-permitted");
        refused.andExpect(jsonPath("$.title").value("Access denied"))
                .andExpect(jsonPath("$.detail").value(containsString("Only the director")));

        transition(file.id(), director, body, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED"))
                .andExpect(jsonPath("$.decidedAt").isString())
                .andExpect(jsonPath("$.feedback." + fixture.firstValueCode())
                        .value("Your establishment is outside our territory"))
                .andExpect(jsonPath("$.transitions").isEmpty());
        assertThat(fixture.auditActions(file.id())).containsExactly("CREATED", "SUBMITTED", "DECLINED_WITHOUT_VISIT");
        List<String> subjects = fixture.mailSubjectsTo(file.candidateEmail());
        assertThat(subjects).hasSize(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheStaffEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applications'].get.parameters[?(@.name == 'state')]")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}'].get.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/transitions'].post.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/transitions'].post.responses['422']")
                        .exists());
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsForbidden() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        File file = fixture.submitted("Api csrf");
        mvc.perform(as(post(LIST + "/" + file.id() + "/transitions"), animator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"START_REVIEW\",\"version\":" + version(file) + "}"))
                .andExpect(status().isForbidden());
        assertThat(fixture.application(file.id()).state()).isEqualTo(ApplicationState.SUBMITTED);
    }
}
