package fr.ambassade.membership.domain;

import fr.ambassade.accounts.Accounts;
import fr.ambassade.config.RunMode;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSummary;
import fr.ambassade.selection.Selection;
import fr.ambassade.settings.Charter;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo memberships (demo mode only): every demo provider that is an ambassador in the demo directory gets a real
 * ACTIVE membership with the charter in force signed, start dates spread over the renewal period so that about one in
 * five renewals falls in the next 90 days, and plausible scores (62–97 %). When the selection demo (order 55) wrote
 * the provider's ACCEPTED application — it does for every demo ambassador — the membership takes its id, score and grid
 * version, and starts {@value #SIGNATURE_DELAY_DAYS} days after the decision (the charter signature); the selection
 * demo places its committee sessions so that one in five renewals still falls in the next 90 days. Idempotent: a demo
 * provider that already has a membership (of any status) is left alone.
 */
@Component
@Order(60)
class MembershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

    /** The demo ambassador's login (providers/demo links it to its establishment). */
    static final String DEMO_AMBASSADOR = "ambassador@demo.ambassade.test";

    private final RunMode runMode;
    /** Days between the committee's acceptance and the charter signature (the selection demo counts on it). */
    static final int SIGNATURE_DELAY_DAYS = 10;

    private final Providers providers;
    private final Selection selection;
    private final Accounts accounts;
    private final DestinationSettings settings;
    private final MembershipRepository memberships;
    private final DisplayTime displayTime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MembershipService service;

    MembershipDemoData(
            RunMode runMode,
            Providers providers,
            Selection selection,
            Accounts accounts,
            DestinationSettings settings,
            MembershipRepository memberships,
            DisplayTime displayTime,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            MembershipService service) {
        this.runMode = runMode;
        this.providers = providers;
        this.selection = selection;
        this.accounts = accounts;
        this.settings = settings;
        this.memberships = memberships;
        this.displayTime = displayTime;
        this.jdbc = jdbc;
        this.tx = tx;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runMode.demoData()) {
            return;
        }
        ambassadors();
        offers();
    }

    /**
     * A demo candidate whose new application the selection demo wrote as ACCEPTED gets its offer awaiting the charter
     * signature, through the same path as a committee's acceptance (audited, e-mailed to the establishment).
     * Idempotent: an application's offer is made once.
     */
    private void offers() {
        Set<Long> withMembership =
                new HashSet<>(jdbc.queryForList("select distinct provider_id from membership", Long.class));
        int made = 0;
        for (ProviderSummary p : providers.byIds(providers.idsWithNetworkStatus(NetworkStatus.CANDIDATE))) {
            if (!p.demo() || withMembership.contains(p.id())) {
                continue;
            }
            Optional<ApplicationSummary> accepted = accepted(p.id());
            if (accepted.isEmpty()
                    || jdbc.queryForObject(
                            "select exists (select 1 from membership_offer where application_id = ?)",
                            Boolean.class,
                            accepted.get().id())) {
                continue;
            }
            ApplicationSummary a = accepted.get();
            service.applicationDecided(new ApplicationDecided(
                    a.id(),
                    a.kind(),
                    a.state(),
                    a.providerId(),
                    a.applicantAccountId(),
                    a.scorePercent(),
                    a.gridVersion(),
                    a.decidedAt(),
                    null));
            made++;
        }
        if (made > 0) {
            log.info("Demo offers awaiting the charter signature: {}", made);
        }
    }

    private void ambassadors() {
        Set<Long> withMembership =
                new HashSet<>(jdbc.queryForList("select distinct provider_id from membership", Long.class));
        List<ProviderSummary> ambassadors =
                providers.byIds(providers.idsWithNetworkStatus(NetworkStatus.AMBASSADOR)).stream()
                        .filter(ProviderSummary::demo)
                        .toList();
        List<ProviderSummary> missing = ambassadors.stream()
                .filter(p -> !withMembership.contains(p.id()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        Charter charter = settings.currentCharter();
        int months = settings.current().renewalMonths();
        int gridVersion = settings.currentGrid().version();
        LocalDate today = displayTime.today();
        ZoneId zone = displayTime.zone();
        Long demoAccount = accounts.byEmail(DEMO_AMBASSADOR).map(a -> a.id()).orElse(null);
        Set<Long> demoAccountEstablishments = demoAccount == null ? Set.of() : accounts.establishmentsOf(demoAccount);
        tx.executeWithoutResult(s -> {
            for (int k = 0; k < missing.size(); k++) {
                ProviderSummary p = missing.get(k);
                Optional<ApplicationSummary> accepted = accepted(p.id());
                LocalDate start = accepted.map(
                                a -> a.decidedAt().atZone(zone).toLocalDate().plusDays(SIGNATURE_DELAY_DAYS))
                        .filter(d -> !d.isAfter(today))
                        .orElse(startDate(k, today, months));
                Instant signedAt = start.atTime(10, 30).atZone(zone).toInstant();
                boolean byDemoLogin = demoAccount != null && demoAccountEstablishments.contains(p.id());
                String signer = byDemoLogin ? accounts.require(demoAccount).displayName() : "Gérance " + p.name();
                CharterText text = CharterText.of(charter, "fr");
                CharterSignature signature = new CharterSignature(
                        charter.version(), "fr", text.sha256(), byDemoLogin ? demoAccount : null, signer, signedAt);
                Membership m = Membership.open(
                        p.id(),
                        accepted.map(ApplicationSummary::id).orElse(null),
                        start,
                        months,
                        accepted.map(ApplicationSummary::scorePercent).orElse(score(k)),
                        accepted.map(ApplicationSummary::gridVersion).orElse(gridVersion),
                        signature,
                        signedAt);
                m.markDemo();
                memberships.save(m);
            }
        });
        log.info("Demo memberships created: {}", missing.size());
    }

    /** The provider's newest accepted new application with a score, if the selection demo wrote one. */
    private Optional<ApplicationSummary> accepted(long providerId) {
        return selection.ofProvider(providerId).stream()
                .filter(a -> a.kind() == ApplicationKind.NEW && a.state() == ApplicationState.ACCEPTED)
                .filter(a -> a.scorePercent() != null && a.decidedAt() != null)
                .findFirst();
    }

    /** Without an accepted application: one in five renews in 12–86 days; the others started 40 days to the renewal period minus 100 days ago. */
    static LocalDate startDate(int k, LocalDate today, int months) {
        if (k % 5 == 0) {
            return today.minusMonths(months).plusDays(12 + (k * 7L) % 75);
        }
        long span = Math.max(1, today.minusMonths(months).until(today, java.time.temporal.ChronoUnit.DAYS) - 140);
        return today.minusDays(40 + (k * 97L) % span);
    }

    static BigDecimal score(int k) {
        return BigDecimal.valueOf(620 + (k * 37L) % 350, 1).setScale(2, RoundingMode.HALF_UP);
    }
}
