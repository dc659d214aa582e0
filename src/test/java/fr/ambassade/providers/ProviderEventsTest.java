package fr.ambassade.providers;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.providers.domain.ProviderRepository;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The providers module tells other modules what happens to providers through events, delivered after commit through
 * Spring Modulith's event publication registry (no module listens yet: {@link ProviderEventsProbe} stands in).
 */
@IntegrationTest
@EnableScenarios
class ProviderEventsTest {

    @Autowired
    ProviderService service;

    @Autowired
    Providers facade;

    @Autowired
    ProviderRepository providers;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ProviderEventsProbe probe;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMergeIsPublishedWithTheStaffMemberWhoMergedAndTheStatusTheSurvivorTook(Scenario scenario) {
        long survivor = save(aProvider().named(unique("Gîte du Terril")));
        long merged = save(aProvider().named(unique("Gite du terril")).status(NetworkStatus.AMBASSADOR));
        long animator = account(Role.ANIMATOR);

        scenario.stimulate(() -> as(animator, () -> service.merge(survivor, merged)))
                .andWaitForStateChange(() -> probe.mergesInto(survivor), delivered -> !delivered.isEmpty())
                .andVerify(delivered ->
                        assertThat(delivered).containsExactly(new ProviderMerged(survivor, merged, animator)));

        await().untilAsserted(() -> assertThat(probe.statusChangesOf(survivor))
                .containsExactly(new ProviderNetworkStatusChanged(
                        survivor, NetworkStatus.NONE, NetworkStatus.AMBASSADOR, animator)));
        await().untilAsserted(() -> assertThat(deliveries(ProviderMerged.class, survivor, "is not null"))
                .isEqualTo(1));
    }

    @Test
    void aNetworkStatusChangeIsPublishedAndARefusedOneIsNot(Scenario scenario) {
        long id = save(aProvider().named(unique("Estaminet")));

        assertThatThrownBy(() -> facade.changeNetworkStatus(id, NetworkStatus.AMBASSADOR, "never a candidate"))
                .isInstanceOf(NetworkStatusChangeRefusedException.class);
        scenario.stimulate(() -> facade.changeNetworkStatus(id, NetworkStatus.CANDIDATE, "application submitted"))
                .andWaitForEventOfType(ProviderNetworkStatusChanged.class)
                .matching(e -> e.providerId() == id)
                .toArriveAndVerify(e -> assertThat(e)
                        .isEqualTo(new ProviderNetworkStatusChanged(
                                id, NetworkStatus.NONE, NetworkStatus.CANDIDATE, null)));

        assertThat(facade.byId(id))
                .get()
                .extracting(ProviderSummary::networkStatus)
                .isEqualTo(NetworkStatus.CANDIDATE);
        await().untilAsserted(() -> assertThat(probe.statusChangesOf(id))
                .extracting(ProviderNetworkStatusChanged::to)
                .containsExactly(NetworkStatus.CANDIDATE));
    }

    @Test
    void aDeliveryThatFailsAfterCommitStaysInTheRegistryAndIsRepublished() {
        long survivor = save(aProvider().named(unique("Ferme du Bois")));
        long merged = save(aProvider().named(unique("Ferme du bois")));
        probe.failOnceFor(survivor);

        service.merge(survivor, merged);

        // the merge committed, its listener failed: the event waits in the registry, not lost
        assertThat(providers.findById(merged))
                .get()
                .extracting(p -> p.getMergedIntoId())
                .isEqualTo(survivor);
        await().until(() -> deliveries(ProviderMerged.class, survivor, "is null and status = 'FAILED'") == 1);
        assertThat(probe.mergesInto(survivor)).isEmpty();

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof ProviderMerged m && m.survivorId() == survivor);

        await().untilAsserted(() ->
                assertThat(probe.mergesInto(survivor)).containsExactly(new ProviderMerged(survivor, merged, null)));
        await().untilAsserted(() -> assertThat(deliveries(ProviderMerged.class, survivor, "is not null"))
                .isEqualTo(1));
        assertThat(deliveries(ProviderMerged.class, survivor, "is null")).isZero();
    }

    private long save(ProviderMother mother) {
        return tx.execute(s -> providers.save(mother.build()).getId());
    }

    private long account(Role role) {
        return accounts.create(
                        unique("staff").replace(' ', '-') + "@ambassade.test",
                        "Animatrice",
                        Locale.FRENCH,
                        EnumSet.of(role),
                        null)
                .id();
    }

    private <T> T as(long accountId, Supplier<T> action) {
        String email = accounts.reload(accountId).email();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Rows of the registry for this event about this provider (the event is stored as JSON), listeners are async. */
    private int deliveries(Class<?> type, long id, String completion) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type = ? and completion_date " + completion
                        + " and serialized_event like ?",
                Integer.class,
                type.getName(),
                "%\"survivorId\":" + id + ",%");
    }
}
