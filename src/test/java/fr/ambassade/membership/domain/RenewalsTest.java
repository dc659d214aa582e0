package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewals: the reminders 90 and 30 days before the date, each sent once even by two schedulers running at the same
 * time on the same database and after a restart; the lapse of what was not renewed in time; the renewal events of the
 * selection module.
 */
@IntegrationTest
class RenewalsTest {

    @Autowired
    MembershipFixtures fixtures;

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

    /** A scheduler of another node: its own instance on the same database. */
    RenewalJobs node() {
        return new RenewalJobs(repository, service, mails, providers, displayTime, jdbc, tx);
    }

    @Test
    void eachReminderIsSentOnceByTwoSchedulersRunningAtTheSameTimeAndAfterARestart() throws Exception {
        LocalDate today = displayTime.today();
        long provider = fixtures.provider("Moulin du Rappel", NetworkStatus.AMBASSADOR);
        AccountView manager = fixtures.manager("Marc Rappel", Locale.ENGLISH, provider);
        // renewal in 80 days: the 90-day reminder is due
        long id = fixtures.membership(provider, today.plusDays(80).minusMonths(36), 36);
        LocalDate renewal = repository.findById(id).orElseThrow().nextRenewalDate();
        assertThat(renewal).isEqualTo(today.plusDays(80));

        runConcurrently(today);
        assertThat(reminders(id)).containsExactly("D90 " + renewal.minusDays(90));
        List<String> sent = fixtures.mailsTo(manager.email(), "membership-renewal-reminder");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).startsWith("Renewal of the ambassador title");

        // a restart a few days later: nothing new
        node().sendReminders(today.plusDays(5));
        assertThat(fixtures.mailsTo(manager.email(), "membership-renewal-reminder"))
                .hasSize(1);

        // 30 days before: the second reminder, once, from two nodes again
        runConcurrently(renewal.minusDays(30));
        runConcurrently(renewal.minusDays(29));
        assertThat(reminders(id)).containsExactly("D30 " + renewal.minusDays(30), "D90 " + renewal.minusDays(90));
        assertThat(fixtures.mailsTo(manager.email(), "membership-renewal-reminder"))
                .hasSize(2);
        String body = jdbc.queryForObject(
                "select body_text from outbox_mail where recipient = ? and template = 'membership-renewal-reminder' "
                        + "order by created_at desc limit 1",
                String.class,
                manager.email());
        assertThat(body).contains(Memberships.RENEWAL_START_PATH).contains("in 30 days");
    }

    @Test
    void aMembershipFirstSeenTwentyDaysBeforeItsDateGetsTheThirtyDayReminderOnly() {
        LocalDate today = displayTime.today();
        long provider = fixtures.provider("Atelier Tardif", NetworkStatus.AMBASSADOR);
        AccountView manager = fixtures.manager("Anne Tardif", Locale.FRENCH, provider);
        long id = fixtures.membership(provider, today.plusDays(20).minusMonths(36), 36);
        node().sendReminders(today);
        assertThat(reminders(id)).hasSize(1).allMatch(r -> r.startsWith("D30"));
        assertThat(fixtures.mailsTo(manager.email(), "membership-renewal-reminder"))
                .singleElement()
                .asString()
                .startsWith("Renouvellement du titre");
    }

    @Test
    void whatWasNotRenewedInTimeLapsesAndARenewalSubmittedBeforeTheDateKeepsItActiveUntilTheDecision() {
        LocalDate today = displayTime.today();
        long lapsing = fixtures.provider("Chapelle Oubliée", NetworkStatus.AMBASSADOR);
        AccountView manager = fixtures.manager("Luc Oubli", Locale.FRENCH, lapsing);
        long lapsingId = fixtures.membership(lapsing, today.minusDays(2).minusMonths(36), 36);

        long renewing = fixtures.provider("Brasserie Fidèle", NetworkStatus.AMBASSADOR);
        long renewingId = fixtures.membership(renewing, today.minusDays(2).minusMonths(36), 36);
        LocalDate renewal = repository.findById(renewingId).orElseThrow().nextRenewalDate();
        // submitted five days before the renewal date
        long application = fixtures.submitRenewal(
                renewing,
                renewal.minusDays(5)
                        .atTime(9, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        await().until(() -> memberships.liveOf(renewing).orElseThrow().renewalInProgress());

        node().lapse(today);
        assertThat(repository.findById(lapsingId).orElseThrow().status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(providers.byId(lapsing).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.FORMER);
        assertThat(fixtures.mailsTo(manager.email(), "membership-lapsed")).hasSize(1);
        assertThat(repository.findById(renewingId).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(providers.byId(renewing).orElseThrow().networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        // no reminder while a renewal is in progress
        node().sendReminders(today);
        assertThat(reminders(renewingId)).isEmpty();

        // declined after the date: the title lapses at once
        fixtures.decide(application, ApplicationKind.RENEWAL, ApplicationState.DECLINED, renewing, null, null);
        await().until(() -> repository.findById(renewingId).orElseThrow().status() == MembershipStatus.LAPSED);
        await().until(() -> providers.byId(renewing).orElseThrow().networkStatus() == NetworkStatus.FORMER);
    }

    @Test
    void anAcceptedRenewalMovesTheRenewalDateOnAndUpdatesTheScore() {
        LocalDate today = displayTime.today();
        long provider = fixtures.provider("Gîte Renouvelé", NetworkStatus.AMBASSADOR);
        long id = fixtures.membership(provider, today.plusDays(40).minusMonths(36), 36);
        LocalDate before = repository.findById(id).orElseThrow().nextRenewalDate();
        long application = fixtures.submitRenewal(provider, java.time.Instant.now());
        await().until(() -> memberships.liveOf(provider).orElseThrow().renewalInProgress());

        fixtures.decide(
                application,
                ApplicationKind.RENEWAL,
                ApplicationState.ACCEPTED,
                provider,
                null,
                new BigDecimal("91.25"));
        await().until(() ->
                memberships.liveOf(provider).orElseThrow().nextRenewalDate().isAfter(before));
        var m = memberships.liveOf(provider).orElseThrow();
        assertThat(m.nextRenewalDate()).isEqualTo(before.plusMonths(36));
        assertThat(m.scorePercent()).isEqualByComparingTo("91.25");
        assertThat(m.renewalInProgress()).isFalse();

        // delivered again: no second extension
        fixtures.decide(
                application,
                ApplicationKind.RENEWAL,
                ApplicationState.ACCEPTED,
                provider,
                null,
                new BigDecimal("91.25"));
        await().pollDelay(java.time.Duration.ofSeconds(1)).until(() -> true);
        assertThat(memberships.liveOf(provider).orElseThrow().nextRenewalDate()).isEqualTo(before.plusMonths(36));
    }

    @Test
    void aNewCharterVersionAsksEveryActiveAmbassadorOnceAndTheListShowsWhoHasNotSigned() {
        int current = fixtures.jdbc.queryForObject("select max(number) from charter_version", Integer.class);
        long provider = fixtures.provider("Musée de la Charte", NetworkStatus.AMBASSADOR);
        AccountView manager = fixtures.manager("Rose Charte", Locale.FRENCH, provider);
        long id = fixtures.membership(provider, displayTime.today().minusMonths(2), 36, current - 1);
        assertThat(row(id).signedCurrentCharter()).isFalse();

        // a version that is no longer the one in force asks nothing (its successor's event will)
        assertThat(service.charterPublished(current + 1)).isZero();
        assertThat(service.charterPublished(current)).isPositive();
        assertThat(service.charterPublished(current)).isZero();
        List<String> asked = fixtures.mailsTo(manager.email(), "membership-charter-new-version");
        assertThat(asked).hasSize(1);
        assertThat(service.liveWithoutCurrentCharter()).isPositive();
    }

    private MembershipRow row(long id) {
        return service
                .list(MembershipStatus.ACTIVE, org.springframework.data.domain.PageRequest.of(0, 1000))
                .getContent()
                .stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private void runConcurrently(LocalDate today) throws Exception {
        RenewalJobs a = node();
        RenewalJobs b = node();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> fa = pool.submit(() -> {
                start.await();
                return a.sendReminders(today);
            });
            Future<Integer> fb = pool.submit(() -> {
                start.await();
                return b.sendReminders(today);
            });
            fa.get();
            fb.get();
        } finally {
            pool.shutdown();
        }
    }

    private List<String> reminders(long membershipId) {
        return jdbc.queryForList(
                "select kind || ' ' || due_date from membership_reminder where membership_id = ? order by kind",
                String.class,
                membershipId);
    }
}
