package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.SelectionTestData;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The renewal from the ambassador's side: the reminder's absolute link to {@code /espace/renouvellement}, the page
 * (membership and renewal date), a RENEWAL draft pre-filled from the last accepted application, edited and submitted
 * on the candidate's pages; refusals (no membership, a renewal already open), another establishment (404) and access.
 */
@IntegrationTest
class RenewalPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    SelectionTestData selection;

    @Autowired
    fr.ambassade.selection.Selection selectionFacade;

    @Autowired
    MembershipRepository repository;

    @Autowired
    MembershipService service;

    @Autowired
    MembershipMails mails;

    @Autowired
    Providers providers;

    @Autowired
    Memberships memberships;

    @Autowired
    DisplayTime displayTime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultResponseCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8)
                .build();
    }

    /** An ambassador establishment, its manager (English), a live membership renewing in 80 days. */
    record Ambassador(long providerId, String name, AccountView manager, long membershipId, LocalDate renewal) {}

    Ambassador ambassador(String name) {
        long provider = fixtures.provider(name, NetworkStatus.AMBASSADOR);
        AccountView manager = fixtures.manager("Manager " + name, Locale.ENGLISH, provider);
        LocalDate today = displayTime.today();
        long membership = fixtures.membership(provider, today.plusDays(80).minusMonths(36), 36);
        return new Ambassador(
                provider,
                providers.byId(provider).orElseThrow().name(),
                manager,
                membership,
                repository.findById(membership).orElseThrow().nextRenewalDate());
    }

    Authentication auth(AccountView a) {
        AccountPrincipal p = fixtures.accountRepository.principal(a.id());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    MockHttpServletRequestBuilder as(AccountView who, MockHttpServletRequestBuilder r) {
        return r.with(authentication(auth(who))).with(csrf()).cookie(new Cookie("ambassade-lang", "en"));
    }

    String page(AccountView who, String path) throws Exception {
        return mvc.perform(as(who, get(path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theRenewalReminderLinksToTheRenewalPageWithAnAbsoluteAddress() {
        Ambassador a = ambassador("Ferme du Rappel");
        new RenewalJobs(repository, service, mails, providers, displayTime, jdbc, tx)
                .sendReminders(displayTime.today());
        Map<String, Object> mail = jdbc.queryForMap(
                "select body_text, body_html from outbox_mail where recipient = ? and template ="
                        + " 'membership-renewal-reminder'",
                a.manager().email());
        String link = "http://localhost" + Memberships.RENEWAL_START_PATH;
        assertThat((String) mail.get("body_text")).contains(link);
        assertThat((String) mail.get("body_html")).contains("href=\"" + link + "\"");
    }

    @Test
    void theAmbassadorStartsARenewalPrefilledFromTheLastAcceptedApplicationEditsAndSubmitsIt() throws Exception {
        Ambassador a = ambassador("Estaminet Fidèle");
        ApplicationView accepted =
                selection.accepted(a.providerId(), a.manager().id(), a.manager().email());

        assertThat(page(a.manager(), "/espace")).contains("href=\"/espace/renouvellement\"");
        String html = page(a.manager(), "/espace/renouvellement");
        assertThat(html)
                .contains(a.name())
                .contains(displayTime.localDate(a.renewal(), Locale.ENGLISH))
                .contains("Start the renewal of " + a.name());

        String location = mvc.perform(as(a.manager(), post("/espace/renouvellement/" + a.providerId())))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(
                                "flashSuccess",
                                "Your renewal application is ready, taken from your last application: update it, then"
                                        + " submit it."))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/espace/candidature/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ApplicationView draft = selection.application(id);
        assertThat(draft.kind()).isEqualTo(ApplicationKind.RENEWAL);
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(draft.providerId()).isEqualTo(a.providerId());
        assertThat(draft.applicantAccountId()).isEqualTo(a.manager().id());
        assertThat(draft.motivation()).isEqualTo(accepted.motivation());
        assertThat(draft.selfAssessment()).isEqualTo(accepted.selfAssessment());

        // the candidate's page, as for a new application: the renewal is named, the establishment is fixed
        String file = page(a.manager(), location);
        assertThat(file)
                .contains("Renewal application for the ambassador title")
                .contains(SelectionTestData.MOTIVATION)
                .doesNotContain("/etablissement\"");

        // a renewal already open: refused with a message, and the page leads to it
        mvc.perform(as(a.manager(), post("/espace/renouvellement/" + a.providerId())))
                .andExpect(redirectedUrl("/espace/renouvellement"))
                .andExpect(flash().attribute(
                                "flashError",
                                "\"" + a.name() + "\" already has an application in progress: continue it rather than"
                                        + " starting another."));
        assertThat(page(a.manager(), "/espace/renouvellement"))
                .contains("Continue the renewal application of " + a.name())
                .contains("href=\"" + location + "\"")
                .doesNotContain("Start the renewal of " + a.name());

        // edited and saved, then submitted
        MockHttpServletRequestBuilder save = post(location)
                .param("version", String.valueOf(draft.version()))
                .param("motivation", "Three more years of mining heritage walks")
                .param("action", "save");
        for (Map.Entry<String, String> e : draft.selfAssessment().entrySet()) {
            save = save.param("selfAssessment[" + e.getKey() + "]", e.getValue() + " (2029)");
        }
        mvc.perform(as(a.manager(), save)).andExpect(redirectedUrl(location));
        ApplicationView saved = selection.application(id);
        assertThat(saved.motivation()).isEqualTo("Three more years of mining heritage walks");
        assertThat(saved.selfAssessment().values()).allMatch(t -> t.endsWith("(2029)"));

        MockHttpServletRequestBuilder submit = post(location)
                .param("version", String.valueOf(saved.version()))
                .param("motivation", saved.motivation())
                .param("action", "submit");
        for (Map.Entry<String, String> e : saved.selfAssessment().entrySet()) {
            submit = submit.param("selfAssessment[" + e.getKey() + "]", e.getValue());
        }
        mvc.perform(as(a.manager(), submit)).andExpect(redirectedUrl(location));
        assertThat(selection.application(id).state()).isEqualTo(ApplicationState.SUBMITTED);
        // the membership learns that a renewal is in progress; the provider stays an ambassador
        await().until(() -> memberships.liveOf(a.providerId()).orElseThrow().renewalInProgress());
        assertThat(providers.byId(a.providerId()).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(page(a.manager(), "/espace/renouvellement"))
                .contains("Follow the renewal application of " + a.name());
    }

    @Test
    void withoutAMembershipThereIsNothingToRenewAndAnotherEstablishmentAnswers404() throws Exception {
        long candidate = fixtures.provider("Gîte sans titre", NetworkStatus.CANDIDATE);
        AccountView manager = fixtures.manager("Nadia Sans Titre", Locale.ENGLISH, candidate);
        assertThat(page(manager, "/espace/renouvellement"))
                .contains("None of the establishments you manage holds the ambassador title");
        mvc.perform(as(manager, post("/espace/renouvellement/" + candidate)))
                .andExpect(redirectedUrl("/espace/renouvellement"))
                .andExpect(flash().attribute("flashError", "This establishment has no ambassador title to renew."));

        Ambassador other = ambassador("Brasserie d'à côté");
        mvc.perform(as(manager, post("/espace/renouvellement/" + other.providerId())))
                .andExpect(status().isNotFound());
        assertThat(page(manager, "/espace/renouvellement")).doesNotContain(other.name());
        assertThat(selectionFacade.ofProvider(other.providerId())).isEmpty();
        assertThat(selectionFacade.ofProvider(candidate)).isEmpty();
    }

    @Test
    void theRenewalPagesAreForProviderUsersOnly() throws Exception {
        mvc.perform(get("/espace/renouvellement"))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(post("/espace/renouvellement/1").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        for (Role role : Role.STAFF) {
            mvc.perform(get("/espace/renouvellement")
                            .with(user("staff@renewal.test").roles(role.name())))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/espace/renouvellement/1")
                            .with(csrf())
                            .with(user("staff@renewal.test").roles(role.name())))
                    .andExpect(status().isForbidden());
        }
    }
}
