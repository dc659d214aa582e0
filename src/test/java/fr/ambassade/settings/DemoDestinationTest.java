package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.DisplayTime;
import fr.ambassade.support.IntegrationTest;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo destination seeded at start (tests run with demo data). */
@IntegrationTest
class DemoDestinationTest {

    @Autowired
    DestinationSettings settings;

    @Autowired
    DisplayTime displayTime;

    @Test
    void theDemoDestinationIsBethuneBruay() {
        Destination d = settings.current();
        assertThat(d.name()).isEqualTo("Office de Tourisme de Béthune-Bruay");
        assertThat(d.brandName()).isEqualTo("BB pour les intimes");
        assertThat(d.tagline().exactly("nl")).isPresent();
        assertThat(d.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(d.renewalMonths()).isEqualTo(36);
        assertThat(d.passThresholdPercent()).isEqualByComparingTo("60");
        assertThat(d.colours().meetsAa()).isTrue();
        assertThat(displayTime.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void valuesGridAndCharterAreSeededInThreeLanguages() {
        assertThat(settings.values())
                .extracting(BrandValue::code)
                .contains("accueil", "authenticite", "partage", "engagement");
        assertThat(settings.values())
                .allSatisfy(v -> assertThat(v.name().exactly("nl")).isPresent());
        Grid grid = settings.currentGrid();
        assertThat(grid.version()).isPositive();
        assertThat(grid.criteria()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(grid.criteria()).anyMatch(GridCriterion::mandatory);
        assertThat(grid.criteria()).allSatisfy(c -> assertThat(c.weight()).isPositive());
        assertThat(settings.currentCharter().commitments())
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(c -> assertThat(c.get(Locale.ENGLISH)).isNotEqualTo(c.get(Locale.FRENCH)));
    }

    @Test
    void scoresWithTheDestinationThreshold() {
        Grid grid = settings.currentGrid();
        Map<Long, Integer> allTwos = grid.criteria().stream().collect(Collectors.toMap(GridCriterion::id, c -> 2));
        GridScore score = settings.score(grid, allTwos);
        assertThat(score.percent()).isEqualByComparingTo("66.67");
        assertThat(score.passed()).isTrue();
    }
}
