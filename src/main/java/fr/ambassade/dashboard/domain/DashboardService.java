package fr.ambassade.dashboard.domain;

import fr.ambassade.dashboard.domain.DashboardFigures.Ambassador;
import fr.ambassade.dashboard.domain.DashboardFigures.Cohort;
import fr.ambassade.dashboard.domain.DashboardFigures.Commune;
import fr.ambassade.dashboard.domain.DashboardFigures.Coverage;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.MembershipSummary;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.territory.Territory;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads what the panel needs through the facades — the live memberships (about a thousand), the communes of their
 * holders by id (one two-column query), the territory's communes, the pass threshold — and hands them to
 * {@link DashboardFigures}. No provider is loaded whole for the panel.
 */
@Service
public class DashboardService {

    private final Memberships memberships;
    private final Providers providers;
    private final Territory territory;
    private final DestinationSettings settings;

    DashboardService(Memberships memberships, Providers providers, Territory territory, DestinationSettings settings) {
        this.memberships = memberships;
        this.providers = providers;
        this.territory = territory;
        this.settings = settings;
    }

    /** What the panel shows. */
    public record Panel(
            int activeAmbassadors,
            Optional<BigDecimal> averageScore,
            List<Cohort> cohorts,
            BigDecimal thresholdPercent,
            int nearThreshold,
            Coverage coverage) {}

    /** An active ambassador of a sub-page's list, with its establishment's name and commune. */
    public record AmbassadorLine(
            long membershipId,
            long providerId,
            String name,
            String communeName,
            java.time.LocalDate startDate,
            BigDecimal score,
            boolean near) {}

    /** A commune of the territory with its active ambassadors (sub-page). */
    public record CommuneLine(String code, String name, Integer population, int ambassadors) {}

    public Panel panel() {
        List<Ambassador> active = activeAmbassadors();
        BigDecimal threshold = threshold();
        return new Panel(
                active.size(),
                DashboardFigures.averageScore(
                        active.stream().map(Ambassador::score).toList()),
                DashboardFigures.cohorts(active),
                threshold,
                DashboardFigures.nearThreshold(active, threshold).size(),
                DashboardFigures.coverage(communes(), active));
    }

    public BigDecimal threshold() {
        return settings.current().passThresholdPercent();
    }

    /**
     * The active ambassadors, optionally only one cohort (start year) or only those near the threshold; by
     * establishment name.
     */
    public List<AmbassadorLine> ambassadors(Integer cohort, boolean nearOnly) {
        BigDecimal threshold = threshold();
        List<Ambassador> chosen = activeAmbassadors().stream()
                .filter(a -> cohort == null || a.startDate().getYear() == cohort)
                .filter(a -> !nearOnly || DashboardFigures.isNear(a.score(), threshold))
                .toList();
        Map<Long, ProviderSummary> byId = providers
                .byIds(chosen.stream().map(Ambassador::providerId).toList())
                .stream()
                .collect(Collectors.toMap(ProviderSummary::id, Function.identity(), (a, b) -> a));
        return chosen.stream()
                .map(a -> {
                    ProviderSummary p = byId.get(a.providerId());
                    return new AmbassadorLine(
                            a.membershipId(),
                            a.providerId(),
                            p == null ? "#" + a.providerId() : p.name(),
                            p == null ? null : p.communeName(),
                            a.startDate(),
                            a.score(),
                            DashboardFigures.isNear(a.score(), threshold));
                })
                .sorted(Comparator.comparing(AmbassadorLine::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(AmbassadorLine::providerId))
                .toList();
    }

    /** The territory's communes with their number of active ambassadors, optionally only (un)covered ones, by name. */
    public List<CommuneLine> communes(Boolean covered) {
        List<Commune> communes = communes();
        Coverage coverage = DashboardFigures.coverage(communes, activeAmbassadors());
        return communes.stream()
                .map(c -> new CommuneLine(
                        c.code(),
                        c.name(),
                        c.population(),
                        coverage.ambassadorsByCommune().getOrDefault(c.code(), 0)))
                .filter(c -> covered == null || covered == (c.ambassadors() > 0))
                .toList();
    }

    private List<Ambassador> activeAmbassadors() {
        List<MembershipSummary> active = memberships.live().stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .toList();
        Map<Long, String> communes = providers.communeCodesOf(
                active.stream().map(MembershipSummary::providerId).toList());
        return active.stream()
                .map(m -> new Ambassador(
                        m.id(), m.providerId(), m.startDate(), m.scorePercent(), communes.get(m.providerId())))
                .toList();
    }

    private List<Commune> communes() {
        return territory.territoryCommunes().stream()
                .map(c -> new Commune(c.code(), c.name(), c.population()))
                .toList();
    }
}
