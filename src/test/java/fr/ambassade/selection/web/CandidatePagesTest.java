package fr.ambassade.selection.web;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.Commands;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The candidate's pages: the entry page, a draft kept and saved, an incomplete submission refused field by field, an
 * establishment created or matched (access only once staff confirm), the stale edit, the withdrawal, a decline and its
 * feedback, the reapplication delay, and another candidate's file answering 404 on every page and form.
 */
@IntegrationTest
class CandidatePagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ApplicationService applications;

    @Autowired
    DestinationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultResponseCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8)
                .build();
    }

    AccountView account(Role role, long... establishments) {
        String email = "cand-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
        return accounts.create(email, "Candidate " + email, Locale.FRENCH, Set.of(role), null, establishments);
    }

    Authentication auth(AccountView a) {
        AccountPrincipal p = accounts.principal(a.id());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    <T> T as(AccountView a, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(auth(a));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long provider(String name) {
        return providers.save(aProvider().named(unique(name))).id();
    }

    MockHttpServletResponse perform(AccountView who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(auth(who))).with(csrf()))
                .andReturn()
                .getResponse();
    }

    String page(AccountView who, String path) throws Exception {
        MockHttpServletResponse r = perform(who, get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    long start(AccountView who) throws Exception {
        String location = perform(who, post("/espace/candidature/nouvelle")).getRedirectedUrl();
        assertThat(location).startsWith("/espace/candidature/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long version(long id) {
        return applications.get(id).version();
    }

    MockHttpServletRequestBuilder complete(long id, String action) {
        MockHttpServletRequestBuilder b = post("/espace/candidature/" + id)
                .param("version", String.valueOf(version(id)))
                .param("motivation", "Faire aimer le bassin minier")
                .param("action", action);
        for (BrandValue v : settings.values()) {
            b = b.param("selfAssessment[" + v.code() + "]", "Au quotidien : " + v.code());
        }
        return b;
    }

    Map<String, String> completeAssessment() {
        Map<String, String> m = new LinkedHashMap<>();
        settings.values().forEach(v -> m.put(v.code(), "Au quotidien : " + v.code()));
        return m;
    }

    @Test
    void anAnonymousVisitorIsOfferedToSignInOrCreateAnAccount() throws Exception {
        String html = mvc.perform(get("/espace/candidature"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("href=\"/espace/inscription\"", "href=\"/login\"");
        assertThat(mvc.perform(get("/espace/candidature/1"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void anIncompleteSubmissionIsRefusedFieldByFieldAndTheDraftIsKept() throws Exception {
        AccountView me = account(Role.PROVIDER);
        long id = start(me);
        String form = page(me, "/espace/candidature/" + id);
        assertThat(form).contains("name=\"motivation\"");
        for (BrandValue v : settings.values()) {
            assertThat(form).contains("name=\"selfAssessment[" + v.code() + "]\"");
        }

        MockHttpServletResponse refused = perform(
                me,
                post("/espace/candidature/" + id)
                        .param("version", String.valueOf(version(id)))
                        .param("motivation", "Mon texte garde")
                        .param("action", "submit"));
        assertThat(refused.getStatus()).isEqualTo(200);
        String html = refused.getContentAsString();
        assertThat(html)
                .contains("Mon texte garde")
                .contains("id=\"providerId-error\"")
                .contains("Indiquez votre établissement.")
                .doesNotContain("id=\"motivation-error\"");
        for (BrandValue v : settings.values()) {
            assertThat(html).contains("id=\"selfAssessment" + v.code() + "-error\"");
        }
        assertThat(applications.get(id).motivation()).isEqualTo("Mon texte garde");
        assertThat(applications.get(id).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aNewEstablishmentIsLinkedAndTheCompleteFileIsSubmittedAndFollowed() throws Exception {
        AccountView me = account(Role.PROVIDER);
        long id = start(me);
        String name = unique("Gîte des terrils");
        String created = perform(
                        me,
                        post("/espace/candidature/" + id + "/etablissement/nouveau")
                                .param("version", String.valueOf(version(id)))
                                .param("name", name)
                                .param("category", "ACCOMMODATION")
                                .param("communeCode", "62119")
                                .param("website", "https://gite.example"))
                .getRedirectedUrl();
        assertThat(created).isEqualTo("/espace/candidature/" + id);
        ApplicationView a = applications.get(id);
        assertThat(a.providerId()).isNotNull();
        assertThat(accounts.reload(me.id()).establishments()).contains(a.providerId());

        assertThat(perform(me, complete(id, "save")).getRedirectedUrl()).isEqualTo("/espace/candidature/" + id);
        assertThat(perform(me, complete(id, "submit")).getRedirectedUrl()).isEqualTo("/espace/candidature/" + id);
        assertThat(applications.get(id).state()).isEqualTo(ApplicationState.SUBMITTED);

        String html = page(me, "/espace/candidature/" + id);
        assertThat(html)
                .contains(name)
                .contains("Déposée")
                .contains("<time datetime=")
                .doesNotContain("name=\"motivation\"");
        assertThat(page(me, "/espace/candidature")).contains("/espace/candidature/" + id);
    }

    @Test
    void aRefusedEstablishmentKeepsWhatWasTyped() throws Exception {
        AccountView me = account(Role.PROVIDER);
        long id = start(me);
        String html = perform(
                        me,
                        post("/espace/candidature/" + id + "/etablissement/nouveau")
                                .param("version", String.valueOf(version(id)))
                                .param("name", "Ferme Dupont")
                                .param("category", "PRODUCER")
                                .param("communeCode", "")
                                .param("website", "pas un site"))
                .getContentAsString();
        assertThat(html)
                .contains("value=\"Ferme Dupont\"")
                .contains("id=\"communeCode-error\"")
                .contains("id=\"website-error\"");
        assertThat(applications.get(id).providerId()).isNull();
    }

    @Test
    void aStaleDraftIsRefusedWithTheMessage() throws Exception {
        AccountView me = account(Role.PROVIDER);
        long id = start(me);
        long old = version(id);
        perform(me, complete(id, "save"));
        String html = perform(
                        me,
                        post("/espace/candidature/" + id)
                                .param("version", String.valueOf(old))
                                .param("motivation", "Ma version")
                                .param("action", "save"))
                .getContentAsString();
        assertThat(html).contains("Quelqu’un a modifié ce dossier").contains("Ma version");
    }

    @Test
    void aDirectoryEntryIsMatchedOnlyOnceStaffConfirm() throws Exception {
        AccountView me = account(Role.PROVIDER);
        AccountView animator = account(Role.ANIMATOR);
        String name = unique("Estaminet du Beffroi");
        long providerId = provider(name);
        long id = start(me);

        String results = perform(
                        me,
                        get("/espace/candidature/" + id + "/etablissement")
                                .param("name", "estaminet du beffroi")
                                .param("commune", "62119"))
                .getContentAsString();
        assertThat(results).contains(name).contains("value=\"" + providerId + "\"");
        perform(
                me,
                post("/espace/candidature/" + id + "/etablissement/choisir")
                        .param("providerId", String.valueOf(providerId))
                        .param("version", String.valueOf(version(id))));
        assertThat(page(me, "/espace/candidature/" + id)).contains("id=\"match-pending\"");
        assertThat(accounts.reload(me.id()).establishments()).doesNotContain(providerId);
        assertThat(applications.get(id).providerId()).isNull();

        String queue = page(animator, "/admin/applications/matches");
        assertThat(queue).contains(name).contains(me.email());
        long matchId = jdbc.queryForObject(
                "select id from application_match_request where application_id = ? and state = 'PENDING'",
                Long.class,
                id);
        // a provider user cannot confirm their own match
        assertThat(perform(me, post("/admin/applications/matches/" + matchId + "/confirm"))
                        .getStatus())
                .isEqualTo(403);
        perform(animator, post("/admin/applications/matches/" + matchId + "/confirm"));
        assertThat(accounts.reload(me.id()).establishments()).contains(providerId);
        assertThat(applications.get(id).providerId()).isEqualTo(providerId);
        assertThat(page(me, "/espace/candidature/" + id)).contains("id=\"establishment\"");
        assertThat(jdbc.queryForList(
                        "select subject from outbox_mail where recipient = ? and template = 'selection-candidate'",
                        String.class,
                        me.email()))
                .singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("Établissement confirmé : " + name));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Application' and object_id = ?"
                                + " and action in ('MATCH_REQUESTED', 'MATCH_CONFIRMED')",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(2);
    }

    @Test
    void aRefusedMatchGivesNoAccessAndIsShown() throws Exception {
        AccountView me = account(Role.PROVIDER);
        AccountView director = account(Role.DIRECTOR);
        long providerId = provider("Brasserie refusée");
        long id = start(me);
        perform(
                me,
                post("/espace/candidature/" + id + "/etablissement/choisir")
                        .param("providerId", String.valueOf(providerId))
                        .param("version", String.valueOf(version(id))));
        long matchId = jdbc.queryForObject(
                "select id from application_match_request where application_id = ?", Long.class, id);
        perform(
                director,
                post("/admin/applications/matches/" + matchId + "/refuse").param("reason", "inconnu"));
        assertThat(page(me, "/espace/candidature/" + id)).contains("id=\"match-refused\"");
        String text = jdbc.queryForObject(
                "select body_text from outbox_mail where recipient = ? and template = 'selection-candidate'",
                String.class,
                me.email());
        assertThat(text).contains("n’a pas pu confirmer").doesNotContain("inconnu");
        assertThat(accounts.reload(me.id()).establishments()).doesNotContain(providerId);
    }

    @Test
    void anotherCandidatesFileIsNotFoundOnEveryPageAndForm() throws Exception {
        AccountView owner = account(Role.PROVIDER);
        AccountView other = account(Role.PROVIDER);
        long providerId = provider("Chez l’autre");
        long id = start(owner);
        String base = "/espace/candidature/" + id;
        long v = version(id);
        assertThat(perform(other, get(base)).getStatus()).isEqualTo(404);
        assertThat(perform(other, get(base + "/etablissement")).getStatus()).isEqualTo(404);
        assertThat(perform(other, get(base + "/retrait")).getStatus()).isEqualTo(404);
        assertThat(perform(other, complete(id, "save")).getStatus()).isEqualTo(404);
        assertThat(perform(other, complete(id, "submit")).getStatus()).isEqualTo(404);
        assertThat(perform(
                                other,
                                post(base + "/etablissement/choisir")
                                        .param("providerId", String.valueOf(providerId))
                                        .param("version", String.valueOf(v)))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(
                                other,
                                post(base + "/etablissement/nouveau")
                                        .param("version", String.valueOf(v))
                                        .param("name", "Intrus")
                                        .param("category", "SHOP")
                                        .param("communeCode", "62119"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(
                                other,
                                post(base + "/retrait")
                                        .param("version", String.valueOf(v))
                                        .param("reason", "intrus")
                                        .param("confirmed", "true"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(applications.get(id).state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(applications.get(id).version()).isEqualTo(v);
        assertThat(page(other, "/espace/candidature")).doesNotContain(base);
    }

    @Test
    void theCandidateWithdrawsWithAReasonAndAConfirmation() throws Exception {
        long providerId = provider("Retrait");
        AccountView me = account(Role.PROVIDER, providerId);
        ApplicationView d =
                as(me, () -> applications.createDraft(new Commands.NewApplication(null, providerId, null, null, null)));
        String base = "/espace/candidature/" + d.id();
        assertThat(page(me, base + "/retrait")).contains("name=\"reason\"", "name=\"confirmed\"");
        String refused = perform(
                        me,
                        post(base + "/retrait")
                                .param("version", String.valueOf(version(d.id())))
                                .param("reason", "Pas cette annee"))
                .getContentAsString();
        assertThat(refused).contains("id=\"confirmed-error\"").contains("Pas cette annee");
        assertThat(perform(
                                me,
                                post(base + "/retrait")
                                        .param("version", String.valueOf(version(d.id())))
                                        .param("reason", "Pas cette annee")
                                        .param("confirmed", "true"))
                        .getRedirectedUrl())
                .isEqualTo(base);
        ApplicationView after = applications.get(d.id());
        assertThat(after.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(after.withdrawReason()).isEqualTo("Pas cette annee");
        assertThat(page(me, base)).contains("Retirée").doesNotContain("/retrait\"");
    }

    @Test
    void aDeclinedCandidateSeesTheFeedbackAndMayNotApplyAgainBeforeTheDelay() throws Exception {
        long providerId = provider("Refusé");
        AccountView me = account(Role.PROVIDER, providerId);
        AccountView director = account(Role.DIRECTOR);
        ApplicationView d =
                as(me, () -> applications.createDraft(new Commands.NewApplication(null, providerId, null, null, null)));
        ApplicationView edited = as(
                me,
                () -> applications.editDraft(
                        new Commands.DraftChange(d.id(), d.version(), "Motivation", completeAssessment(), providerId)));
        ApplicationView submitted =
                as(me, () -> applications.submit(new Commands.Step(edited.id(), edited.version(), null)));
        String code = settings.values().get(0).code();
        as(
                director,
                () -> applications.declineWithoutVisit(new Commands.DeclineWithoutVisit(
                        submitted.id(), submitted.version(), Map.of(code, "Un retour écrit pour vous"), "hors zone")));

        String html = page(me, "/espace/candidature/" + d.id());
        assertThat(html)
                .contains("Un retour écrit pour vous")
                .contains("id=\"reapply-from\"")
                .doesNotContain("hors zone");

        var again = mvc.perform(post("/espace/candidature/nouvelle")
                        .param("providerId", String.valueOf(providerId))
                        .with(authentication(auth(me)))
                        .with(csrf()))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/espace/candidature");
        // refused with the date they may apply again, written as a date of the page's language
        assertThat(String.valueOf(again.getFlashMap().get("flashError")))
                .startsWith("Après un refus, une nouvelle candidature est possible à partir du ")
                .doesNotContain("-");
    }
}
