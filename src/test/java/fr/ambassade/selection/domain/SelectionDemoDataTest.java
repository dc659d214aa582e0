package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo selection data seeded at start (tests run with demo data), and its agreement with the demo memberships. */
@IntegrationTest
class SelectionDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DestinationSettings settings;

    @Autowired
    SelectionDemoData demo;

    @Test
    void everyStateHasAnApplication() {
        List<String> states = jdbc.queryForList("select distinct state from application where demo", String.class);
        for (ApplicationState s : ApplicationState.values()) {
            assertThat(states).as("a demo application in state %s", s).contains(s.name());
        }
    }

    @Test
    void oneSessionHeldWithItsDecisionsAndOneComing() {
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> held = jdbc.queryForList(
                "select i.decision, i.reasons from committee_agenda_item i join committee_session s on s.id ="
                        + " i.session_id where s.demo and s.held_on between ? and ?",
                today.minusDays(20),
                today.minusDays(1));
        assertThat(held).extracting(r -> r.get("decision")).contains("ACCEPTED", "DECLINED", "DEFERRED");
        assertThat(held).allSatisfy(r -> assertThat((String) r.get("reasons")).isNotBlank());
        List<Map<String, Object>> coming = jdbc.queryForList(
                "select i.decision, a.state from committee_agenda_item i join committee_session s on s.id ="
                        + " i.session_id join application a on a.id = i.application_id where s.demo and s.held_on > ?",
                today);
        assertThat(coming).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            assertThat(r.get("decision")).isNull();
            assertThat(r.get("state")).isEqualTo("IN_COMMITTEE");
        });
        // a deferral carries its conditions and a review date after today
        Map<String, Object> deferred = jdbc.queryForMap(
                "select deferral_conditions, review_date from application where demo and state = 'DEFERRED' limit 1");
        assertThat((String) deferred.get("deferral_conditions")).isNotBlank();
        assertThat(((java.sql.Date) deferred.get("review_date")).toLocalDate()).isAfter(today);
    }

    @Test
    void theDeclineHasFeedbackForEveryValue() {
        String feedback = jdbc.queryForObject(
                "select decline_feedback::text from application where demo and state = 'DECLINED' limit 1",
                String.class);
        for (BrandValue v : settings.values()) {
            assertThat(feedback).contains("\"" + v.code() + "\"");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from application where demo and state = 'DECLINED'"
                                + " and exists (select 1 from jsonb_each_text(decline_feedback) f where"
                                + " length(trim(f.value)) = 0)",
                        Integer.class))
                .isZero();
    }

    @Test
    void everyActiveDemoMembershipHasAnAcceptedApplicationWithSubmittedEvaluationsOfTheSameScore() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select m.provider_id, m.score_percent as membership_score, m.application_id, a.state,"
                        + " a.score_percent as application_score, m.start_date, a.decided_at,"
                        + " (select count(*) from visit v join evaluation e on e.visit_id = v.id"
                        + "   where v.application_id = a.id and e.submitted_at is not null) as evaluations"
                        + " from membership m left join application a on a.provider_id = m.provider_id"
                        + " and a.state = 'ACCEPTED' where m.demo and m.status = 'ACTIVE'");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(25);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("state")).as("provider %s", r.get("provider_id")).isEqualTo("ACCEPTED");
            assertThat((Long) r.get("evaluations")).isPositive();
            assertThat((BigDecimal) r.get("membership_score"))
                    .isEqualByComparingTo((BigDecimal) r.get("application_score"));
            assertThat(r.get("application_id")).isNotNull();
        });
        // some renewals fall in the next 90 days, none is overdue
        Integer due = jdbc.queryForObject(
                "select count(*) from membership where demo and status = 'ACTIVE'"
                        + " and next_renewal_date between current_date and current_date + 90",
                Integer.class);
        assertThat(due).isPositive();
    }

    /** The demo destination's pass threshold when the demo was seeded (tests of the settings may change it later). */
    static final BigDecimal DEMO_THRESHOLD = new BigDecimal("60");

    @Test
    void theAcceptedScoresMatchTheirEvaluations() {
        // the stored score is the grid's score of the submitted evaluations (mean per criterion)
        List<Long> ids = jdbc.queryForList(
                "select id from application where demo and state = 'ACCEPTED' order by id limit 5", Long.class);
        for (long id : ids) {
            // the grid version the application was scored on (other tests may publish newer versions meanwhile)
            Integer version =
                    jdbc.queryForObject("select grid_version from application where id = ?", Integer.class, id);
            var grid = settings.grid(version);
            List<Map<String, Object>> scores = jdbc.queryForList(
                    "select e.id, s.criterion_id, s.score from evaluation e join visit v on v.id = e.visit_id"
                            + " join evaluation_score s on s.evaluation_id = e.id where v.application_id = ?"
                            + " and e.submitted_at is not null order by e.id",
                    id);
            Map<Object, Map<Long, Integer>> byEvaluation = new java.util.LinkedHashMap<>();
            for (Map<String, Object> s : scores) {
                byEvaluation
                        .computeIfAbsent(s.get("id"), k -> new java.util.LinkedHashMap<>())
                        .put((Long) s.get("criterion_id"), (Integer) s.get("score"));
            }
            BigDecimal stored =
                    jdbc.queryForObject("select score_percent from application where id = ?", BigDecimal.class, id);
            var computed = grid.scoreAll(List.copyOf(byEvaluation.values()), DEMO_THRESHOLD);
            assertThat(computed.percent()).isEqualByComparingTo(stored);
            assertThat(computed.passed()).isTrue();
        }
    }

    @Test
    void aSecondRunAddsNothing() {
        Integer before = jdbc.queryForObject("select count(*) from application", Integer.class);
        Integer sessions = jdbc.queryForObject("select count(*) from committee_session", Integer.class);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from application", Integer.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from committee_session", Integer.class))
                .isEqualTo(sessions);
    }
}
