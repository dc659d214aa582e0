package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.MembershipSummary;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * From an accepted application to the title and back: the offer, the charter signature in the provider space (bad
 * input refused with the form kept, another establishment's charter 404), the provider's network status following
 * the membership, the public API, and the director's suspension, reinstatement and withdrawal.
 */
@IntegrationTest
class MembershipLifecycleTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    Memberships memberships;

    @Autowired
    MembershipRepository repository;

    @Autowired
    Providers providers;

    @Autowired
    DestinationSettings settings;

    @Autowired
    fr.ambassade.providers.domain.ProviderService providerService;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    static RequestPostProcessor as(AccountView a) {
        return user(a.email()).roles("PROVIDER");
    }

    @Test
    void anAcceptedApplicationIsSignedAndMakesAnAmbassadorListedByThePublicApi() throws Exception {
        long provider = fixtures.provider("Estaminet de la Charte", NetworkStatus.CANDIDATE);
        AccountView elodie = fixtures.manager("Élodie Lefèbvre", Locale.FRENCH, provider);
        long otherProvider = fixtures.provider("Gîte Voisin", NetworkStatus.CANDIDATE);
        AccountView neighbour = fixtures.manager("Paul Voisin", Locale.FRENCH, otherProvider);
        String name = providers.byId(provider).orElseThrow().name();

        fixtures.decide(ApplicationKind.NEW, ApplicationState.ACCEPTED, provider, elodie.id());

        await().untilAsserted(() -> assertThat(page(get("/espace/adhesion").with(as(elodie))))
                .contains(name)
                .contains("/espace/adhesion/" + provider));
        assertThat(fixtures.mailsTo(elodie.email(), "membership-offer")).hasSize(1);
        assertThat(memberships.liveOf(provider)).isEmpty();
        int charter = settings.currentCharter().version();
        assertThat(charter).isPositive();

        // another establishment's charter does not exist for this user
        mvc.perform(get("/espace/adhesion/" + provider).with(as(neighbour))).andExpect(status().isNotFound());
        mvc.perform(post("/espace/adhesion/" + provider)
                        .with(as(neighbour))
                        .with(csrf())
                        .param("charterVersion", String.valueOf(charter))
                        .param("language", "fr")
                        .param("fullName", "Paul Voisin")
                        .param("consent", "true"))
                .andExpect(status().isNotFound());

        String form = page(get("/espace/adhesion/" + provider).with(as(elodie)));
        assertThat(form)
                .contains(CharterText.of(settings.currentCharter(), "fr")
                        .lines()
                        .get(0)
                        .substring(3));

        // another name: refused beside the field, what was typed is kept
        String refused = page(post("/espace/adhesion/" + provider)
                .with(as(elodie))
                .with(csrf())
                .param("charterVersion", String.valueOf(charter))
                .param("language", "fr")
                .param("fullName", "Élodie Dupont")
                .param("consent", "true"));
        assertThat(refused)
                .contains("Le nom saisi n’est pas celui de votre compte.")
                .contains("lodie Dupont\"");
        // no consent
        String noConsent = page(post("/espace/adhesion/" + provider)
                .with(as(elodie))
                .with(csrf())
                .param("charterVersion", String.valueOf(charter))
                .param("language", "fr")
                .param("fullName", "elodie lefebvre"));
        assertThat(noConsent)
                .contains("Cochez la case pour donner votre accord.")
                .contains("value=\"elodie lefebvre\"");
        assertThat(memberships.liveOf(provider)).isEmpty();
        assertThat(providers.byId(provider).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.CANDIDATE);

        mvc.perform(post("/espace/adhesion/" + provider)
                        .with(as(elodie))
                        .with(csrf())
                        .param("charterVersion", String.valueOf(charter))
                        .param("language", "fr")
                        .param("fullName", "  ELODIE LEFEBVRE ")
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/espace/adhesion"));

        MembershipSummary m = memberships.liveOf(provider).orElseThrow();
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.nextRenewalDate())
                .isEqualTo(m.startDate().plusMonths(settings.current().renewalMonths()));
        assertThat(m.scorePercent()).isEqualByComparingTo("78.50");
        assertThat(m.charterVersionSigned()).isEqualTo(charter);
        assertThat(fixtures.jdbc.queryForObject(
                        "select text_sha256 from membership_charter_signature where membership_id = ?",
                        String.class,
                        m.id()))
                .isEqualTo(CharterText.of(settings.currentCharter(), "fr").sha256());
        assertThat(fixtures.jdbc.queryForObject(
                        "select signer_account_id from membership_charter_signature where membership_id = ?",
                        Long.class,
                        m.id()))
                .isEqualTo(elodie.id());
        assertThat(providers.byId(provider).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(fixtures.mailsTo(elodie.email(), "membership-welcome")).hasSize(1);
        assertThat(page(get("/espace/adhesion").with(as(elodie)))).doesNotContain("/espace/adhesion/" + provider);
        assertThat(apiListsProvider(provider)).isTrue();
        assertInvariant(provider);

        // the director suspends: still an ambassador, hidden from the API
        RequestPostProcessor director =
                user("director-membership@ambassade.test").roles("DIRECTOR");
        String noReason = page(post("/admin/memberships/" + m.id() + "/suspend")
                .with(director)
                .with(csrf())
                .param("version", String.valueOf(version(m.id())))
                .param("reason", " "));
        assertThat(noReason).contains("Indiquez le motif.");
        assertThat(memberships.liveOf(provider).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);

        mvc.perform(post("/admin/memberships/" + m.id() + "/suspend")
                        .with(director)
                        .with(csrf())
                        .param("version", String.valueOf(version(m.id())))
                        .param("reason", "Plaintes répétées"))
                .andExpect(redirectedUrl("/admin/memberships/" + m.id()));
        assertThat(memberships.liveOf(provider).orElseThrow().status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(providers.byId(provider).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(apiListsProvider(provider)).isFalse();
        assertThat(fixtures.mailsTo(elodie.email(), "membership-suspended")).hasSize(1);
        assertInvariant(provider);

        // a stale page is told, nothing changes
        String stale = page(post("/admin/memberships/" + m.id() + "/reinstate")
                .with(director)
                .with(csrf())
                .param("version", "0")
                .param("reason", "Résolu"));
        assertThat(stale).contains("modifié");
        assertThat(memberships.liveOf(provider).orElseThrow().status()).isEqualTo(MembershipStatus.SUSPENDED);

        mvc.perform(post("/admin/memberships/" + m.id() + "/reinstate")
                        .with(director)
                        .with(csrf())
                        .param("version", String.valueOf(version(m.id())))
                        .param("reason", "Résolu"))
                .andExpect(redirectedUrl("/admin/memberships/" + m.id()));
        assertThat(apiListsProvider(provider)).isTrue();
        assertThat(fixtures.mailsTo(elodie.email(), "membership-reinstated")).hasSize(1);

        // reinstating an active membership is refused with a message
        mvc.perform(post("/admin/memberships/" + m.id() + "/reinstate")
                        .with(director)
                        .with(csrf())
                        .param("version", String.valueOf(version(m.id())))
                        .param("reason", "encore"))
                .andExpect(status().isOk());

        mvc.perform(post("/admin/memberships/" + m.id() + "/withdraw")
                        .with(director)
                        .with(csrf())
                        .param("version", String.valueOf(version(m.id())))
                        .param("reason", "Ne porte plus les valeurs"))
                .andExpect(redirectedUrl("/admin/memberships/" + m.id()));
        assertThat(memberships.liveOf(provider)).isEmpty();
        assertThat(providers.byId(provider).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.FORMER);
        assertThat(apiListsProvider(provider)).isFalse();
        assertThat(fixtures.mailsTo(elodie.email(), "membership-withdrawn")).hasSize(1);
        assertThat(fixtures.jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Membership' and object_id = ?",
                        Integer.class,
                        String.valueOf(m.id())))
                .isGreaterThanOrEqualTo(4);

        // former ambassadors keep their history
        String history = page(get("/admin/memberships/" + m.id()).with(director));
        assertThat(history)
                .contains("Plaintes répétées")
                .contains("Ne porte plus les valeurs")
                .contains("Retirée");
    }

    @Test
    void staffTickTheYearlyCommitmentsAndTheListShowsThem() throws Exception {
        long provider = fixtures.provider("Ferme des Engagements", NetworkStatus.AMBASSADOR);
        long id = fixtures.membership(provider, java.time.LocalDate.now().minusMonths(3), 36);
        RequestPostProcessor animator =
                user("animator-membership@ambassade.test").roles("ANIMATOR");
        int year = fixtures.jdbc.queryForObject(
                "select extract(year from now() at time zone 'Europe/Paris')::int", Integer.class);
        mvc.perform(post("/admin/memberships/" + id + "/commitments")
                        .with(animator)
                        .with(csrf())
                        .param("year", String.valueOf(year))
                        .param("kept", "SHOWS_STICKER", "NETWORK_EVENT"))
                .andExpect(redirectedUrl("/admin/memberships/" + id));
        assertThat(fixtures.jdbc.queryForList(
                        "select kind from membership_commitment where membership_id = ? and year = ? order by kind",
                        String.class,
                        id,
                        year))
                .containsExactly("NETWORK_EVENT", "SHOWS_STICKER");
        String list = page(get("/admin/memberships")
                .param("status", "ACTIVE")
                .param("size", "100")
                .with(animator));
        assertThat(list).contains("Affiche l’autocollant de la marque");
        // an unknown status is ignored and named, not an error
        assertThat(page(get("/admin/memberships").param("status", "bogus").with(animator)))
                .contains("bogus");
        // the animator reads, but does not see the director's actions
        assertThat(page(get("/admin/memberships/" + id).with(animator))).doesNotContain("/suspend");
    }

    @Test
    void aMergedAmbassadorsMembershipMovesOntoTheSurvivor() {
        long merged = fixtures.provider("Gîte du Doublon", NetworkStatus.AMBASSADOR);
        long id = fixtures.membership(merged, java.time.LocalDate.now().minusMonths(5), 36);
        long survivor = fixtures.provider("Gite du doublon", NetworkStatus.NONE);

        providerService.merge(survivor, merged);

        await().untilAsserted(() -> assertThat(memberships.liveOf(survivor))
                .get()
                .extracting(MembershipSummary::id)
                .isEqualTo(id));
        assertThat(memberships.liveOf(merged)).isEmpty();
        assertInvariant(survivor);
    }

    @Test
    void noDemoProviderIsAnAmbassadorWithoutALiveMembershipAndAtLeast25AreActive() {
        var ambassadors = providers.byIds(providers.idsWithNetworkStatus(NetworkStatus.AMBASSADOR)).stream()
                .filter(ProviderSummary::demo)
                .toList();
        assertThat(ambassadors).hasSizeGreaterThanOrEqualTo(25);
        for (ProviderSummary p : ambassadors) {
            assertInvariant(p.id());
        }
        long dueSoon = memberships.live().stream()
                .filter(m ->
                        m.nextRenewalDate().isBefore(java.time.LocalDate.now().plusDays(90)))
                .count();
        assertThat(dueSoon).isPositive();
        assertThat(memberships.live())
                .allSatisfy(m -> assertThat(m.scorePercent()).isNotNull());
    }

    private void assertInvariant(long providerId) {
        NetworkStatus status = providers.byId(providerId).orElseThrow().networkStatus();
        boolean live = memberships.liveOf(providerId).isPresent();
        assertThat(status == NetworkStatus.AMBASSADOR)
                .as("provider %d is an ambassador if and only if it holds a live membership", providerId)
                .isEqualTo(live);
    }

    private long version(long membershipId) {
        return fixtures.jdbc.queryForObject("select version from membership where id = ?", Long.class, membershipId);
    }

    private boolean apiListsProvider(long providerId) throws Exception {
        for (int page = 0; page < 50; page++) {
            String body = page(get("/api/v1/ambassadors").param("size", "100").param("page", String.valueOf(page)));
            if (body.contains("\"id\":" + providerId + ",")) {
                return true;
            }
            if (body.contains("\"items\":[]")) {
                return false;
            }
        }
        return false;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
