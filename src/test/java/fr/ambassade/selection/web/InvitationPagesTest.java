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
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Staff invite a provider of the directory to apply: a provider account with access to the establishment, a draft
 * for it, the set-password link (issued at delivery, single-use) and the invitation e-mail leading to the draft.
 */
@IntegrationTest
class InvitationPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ApplicationService applications;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultResponseCharacterEncoding(StandardCharsets.UTF_8)
                .build();
    }

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
    }

    AccountView account(Role role) {
        return accounts.create(email("staff"), "Staff", Locale.FRENCH, Set.of(role), null);
    }

    Authentication auth(AccountView a) {
        AccountPrincipal p = accounts.principal(a.id());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    MockHttpServletResponse perform(AccountView who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(auth(who))).with(csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void staffInviteAProviderWhoSetsAPasswordAndFindsThePrefilledApplication() throws Exception {
        String providerEmail = email("gite");
        long providerId = providers
                .save(aProvider().named(unique("Gîte invité")).email(providerEmail))
                .id();
        AccountView animator = account(Role.ANIMATOR);

        String form = perform(
                        animator, get("/admin/applications/invite").param("providerId", String.valueOf(providerId)))
                .getContentAsString();
        assertThat(form).contains("value=\"" + providerEmail + "\"", "name=\"displayName\"");

        MockHttpServletResponse sent = perform(
                animator,
                post("/admin/applications/invite")
                        .param("providerId", String.valueOf(providerId))
                        .param("email", providerEmail)
                        .param("displayName", "Marie Invitée")
                        .param("language", "en"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/admin/providers/" + providerId);

        AccountView person = accounts.byEmail(providerEmail).orElseThrow();
        assertThat(person.roles()).containsExactly(Role.PROVIDER);
        assertThat(person.establishments()).containsExactly(providerId);
        long applicationId = jdbc.queryForObject(
                "select id from application where provider_id = ? and state = 'DRAFT'", Long.class, providerId);
        ApplicationView draft = applications.get(applicationId);
        assertThat(draft.applicantAccountId()).isEqualTo(person.id());
        assertThat(draft.invitedByAccountId()).isEqualTo(animator.id());
        assertThat(draft.candidateLanguage()).isEqualTo("en");

        // the outbox keeps no link; delivery issues the set-password link (hashed, single-use)
        assertThat(jdbc.queryForList(
                        "select body_text from outbox_mail where recipient = ?", String.class, providerEmail))
                .hasSize(2)
                .allSatisfy(body -> assertThat(body).doesNotContain("token="));
        TestMailbox mailbox = new TestMailbox(context);
        String all = String.join(
                "\n", mailbox.deliver(providerEmail).stream().map(r -> r.text()).toList());
        assertThat(all).contains("/espace/candidature/" + applicationId);
        // the set-password link leads, after the login, to the pre-filled draft
        Matcher link = Pattern.compile(
                        "/password/reset\\?token=([A-Za-z0-9_-]+)&next=%2Fespace%2Fcandidature%2Finvitation")
                .matcher(all);
        assertThat(link.find()).as(all).isTrue();
        String token = link.group(1);
        assertThat(mvc.perform(get("/password/reset")
                                .param("token", token)
                                .param("next", "/espace/candidature/invitation"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"next\" value=\"/espace/candidature/invitation\"");
        String toLogin = setPassword(token, "/espace/candidature/invitation").getRedirectedUrl();
        assertThat(toLogin).isEqualTo("/login?next=%2Fespace%2Fcandidature%2Finvitation");
        String hashAfterFirstUse =
                jdbc.queryForObject("select password_hash from account where id = ?", String.class, person.id());
        assertThat(mvc.perform(get("/login").param("next", "/espace/candidature/invitation"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"next\" value=\"/espace/candidature/invitation\"");
        MockHttpServletResponse loggedIn = mvc.perform(post("/login")
                        .param("username", providerEmail)
                        .param("password", "an invited passphrase")
                        .param("next", "/espace/candidature/invitation")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.91.0.1");
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(loggedIn.getRedirectedUrl()).isEqualTo("/espace/candidature/invitation");
        assertThat(perform(person, get("/espace/candidature/invitation")).getRedirectedUrl())
                .isEqualTo("/espace/candidature/" + applicationId);

        // the link is single-use: replayed, it opens nothing and changes nothing
        assertThat(mvc.perform(get("/password/reset")
                                .param("token", token)
                                .param("next", "/espace/candidature/invitation"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lien expiré ou déjà utilisé")
                .doesNotContain("name=\"password\"");
        MockHttpServletResponse replayed = setPassword(token, "/espace/candidature/invitation");
        assertThat(replayed.getRedirectedUrl()).isNull();
        assertThat(replayed.getContentAsString()).contains("Lien expiré ou déjà utilisé");
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, person.id()))
                .isEqualTo(hashAfterFirstUse);

        String file =
                perform(person, get("/espace/candidature/" + applicationId)).getContentAsString();
        assertThat(file)
                .contains("id=\"establishment\"")
                .contains("Gîte invité")
                .contains("name=\"motivation\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Application' and object_id = ?"
                                + " and action = 'INVITED'",
                        Long.class,
                        String.valueOf(applicationId)))
                .isEqualTo(1);
    }

    MockHttpServletResponse setPassword(String token, String next) throws Exception {
        return mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("next", next)
                        .param("password", "an invited passphrase")
                        .param("confirmation", "an invited passphrase")
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void anInvitedCandidateWithoutAnInvitedDraftLandsOnTheirApplications() throws Exception {
        AccountView candidate = accounts.create(email("cand"), "Cand", Locale.FRENCH, Set.of(Role.PROVIDER), null);
        assertThat(perform(candidate, get("/espace/candidature/invitation")).getRedirectedUrl())
                .isEqualTo("/espace/candidature");
        assertThat(mvc.perform(get("/espace/candidature/invitation"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
        // a page of provider users: staff are refused
        assertThat(perform(account(Role.ANIMATOR), get("/espace/candidature/invitation"))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aStaffAddressIsRefusedBesideTheField() throws Exception {
        long providerId = providers.save(aProvider().named(unique("Refus"))).id();
        AccountView director = account(Role.DIRECTOR);
        AccountView colleague = account(Role.EDITOR);
        String html = perform(
                        director,
                        post("/admin/applications/invite")
                                .param("providerId", String.valueOf(providerId))
                                .param("email", colleague.email())
                                .param("displayName", "Quelqu un")
                                .param("language", "fr"))
                .getContentAsString();
        assertThat(html).contains("id=\"email-error\"").contains("value=\"Quelqu un\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from application where provider_id = ?", Long.class, providerId))
                .isZero();
    }
}
