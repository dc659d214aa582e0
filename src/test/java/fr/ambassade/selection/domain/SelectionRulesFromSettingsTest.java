package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.SelectionFixture.Who;
import fr.ambassade.settings.SelectionRules;
import fr.ambassade.settings.domain.SelectionRulesFixture;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The selection follows the rules the director sets in the destination settings (no restart): the reapply delay,
 * who may decline without a visit, whether a passing renewal skips the committee, the retention of personal data.
 */
@IntegrationTest
class SelectionRulesFromSettingsTest {

    @Autowired
    SelectionFixture f;

    @Autowired
    ApplicationService service;

    @Autowired
    SelectionProperties properties;

    @Autowired
    SelectionRulesFixture rules;

    @Autowired
    PersonalDataRetention retention;

    @Test
    void theDefaultsAreThoseOfTheFormerProperties() {
        assertThat(f.settings.selectionRules()).isEqualTo(SelectionRules.DEFAULTS);
        assertThat(properties.reapplyDelayMonths()).isEqualTo(12);
        assertThat(properties.animatorMayDeclineWithoutVisit()).isFalse();
        assertThat(properties.committeeSkippableForPassingRenewals()).isFalse();
        assertThat(properties.retentionYears()).isEqualTo(3);
    }

    @Test
    void theRefusalOfAnEarlyApplicationUsesTheEditedDelay() {
        long provider = f.provider("Brasserie du Terril");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView s = f.submitted(candidate, provider);
        f.as(
                director,
                () -> service.declineWithoutVisit(
                        new Commands.DeclineWithoutVisit(s.id(), s.version(), Map.of("accueil", "Pas encore"), null)));
        // thirteen months later: past the default delay of 12 months
        f.jdbc.update("update application set decided_at = now() - interval '13 months' where id = ?", s.id());
        Instant decidedAt = service.get(s.id()).decidedAt();
        LocalDate decidedOn = decidedAt.atZone(f.settings.current().timeZone()).toLocalDate();

        rules.with(r -> r.withReapplyDelayMonths(24), () -> {
            assertThat(properties.reapplyDelayMonths()).isEqualTo(24);
            assertThat(service.reapplyFrom(decidedAt)).isEqualTo(decidedOn.plusMonths(24));
            assertThatThrownBy(() -> f.draft(candidate, provider)).isInstanceOfSatisfying(RefusedChange.class, e -> {
                assertThat(e.messageKey()).isEqualTo("selection.error.reapplyTooSoon");
                assertThat(e.args()).containsExactly(decidedOn.plusMonths(24).toString());
            });
        });

        // back to 12 months: the same candidate may apply again
        assertThat(service.reapplyFrom(decidedAt)).isEqualTo(decidedOn.plusMonths(12));
        assertThat(f.draft(candidate, provider).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void aDelayOfZeroLetsADeclinedProviderApplyAgainAtOnce() {
        long provider = f.provider("Cabaret");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who director = f.staff(Role.DIRECTOR);
        ApplicationView s = f.submitted(candidate, provider);
        f.as(
                director,
                () -> service.declineWithoutVisit(
                        new Commands.DeclineWithoutVisit(s.id(), s.version(), Map.of("accueil", "Pas encore"), null)));
        assertThatThrownBy(() -> f.draft(candidate, provider)).isInstanceOf(RefusedChange.class);

        ApplicationView again = rules.with(r -> r.withReapplyDelayMonths(0), () -> f.draft(candidate, provider));
        assertThat(again.state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void theAnimatorDeclinesWithoutAVisitOnceTheSettingAllowsIt() {
        long provider = f.provider("Boutique hors territoire");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView review = f.underReview(candidate, provider, animator);
        Commands.DeclineWithoutVisit decline = new Commands.DeclineWithoutVisit(
                review.id(), review.version(), Map.of("accueil", "Hors du territoire"), "hors CA");

        assertThat(service.declineWithoutVisitRoles()).containsExactly(Role.DIRECTOR);
        assertThatThrownBy(() -> f.as(animator, () -> service.declineWithoutVisit(decline)))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.declineWithoutVisitNotAllowed"));

        ApplicationView declined = rules.with(r -> r.withAnimatorMayDeclineWithoutVisit(true), () -> {
            assertThat(service.declineWithoutVisitRoles()).contains(Role.DIRECTOR, Role.ANIMATOR);
            return f.as(animator, () -> service.declineWithoutVisit(decline));
        });
        assertThat(declined.state()).isEqualTo(ApplicationState.DECLINED);
        assertThat(f.audit(review.id()).get(3).get("actor_account_id")).isEqualTo(animator.id());
        assertThat(service.declineWithoutVisitRoles()).containsExactly(Role.DIRECTOR);
    }

    @Test
    void theCommitteeRuleForRenewalsFollowsTheSetting() {
        long provider = f.provider("Gîte des Terrils");
        Who candidate = f.candidate(Locale.FRENCH, provider);
        Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, provider, animator);
        Commands.Step accept = new Commands.Step(evaluated.id(), evaluated.version(), "renouvellement");
        Who director = f.staff(Role.DIRECTOR); // the renewal is decided by the director or an administrator

        assertThatThrownBy(() -> f.as(director, () -> service.acceptRenewalWithoutCommittee(accept)))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.error.committeeRequired"));
        // allowed by the setting: now only the domain's own rule stops it (this is a new application, not a renewal)
        rules.with(
                r -> r.withCommitteeSkippableForPassingRenewals(true),
                () -> assertThatThrownBy(() -> f.as(director, () -> service.acceptRenewalWithoutCommittee(accept)))
                        .isInstanceOfSatisfying(
                                RefusedChange.class,
                                e -> assertThat(e.messageKey())
                                        .isEqualTo("selection.refused.acceptWithoutCommitteeRule")));
        assertThat(service.get(evaluated.id()).state()).isEqualTo(ApplicationState.EVALUATED);
    }

    @Test
    void theRetentionPeriodIsTheEditedOne() {
        Instant fiveYearsAgo = ZonedDateTime.now().minusYears(5).toInstant();
        rules.with(r -> r.withRetentionYears(5), () -> {
            assertThat(properties.retentionYears()).isEqualTo(5);
            assertThat(Duration.between(retention.cutoff(), fiveYearsAgo).abs()).isLessThan(Duration.ofMinutes(1));
        });
        Instant threeYearsAgo = ZonedDateTime.now().minusYears(3).toInstant();
        assertThat(Duration.between(retention.cutoff(), threeYearsAgo).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
