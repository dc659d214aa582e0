package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.membership.CommitmentKind;
import fr.ambassade.membership.MembershipChangeRefusedException;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.shared.RefusedChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The membership's transitions, renewals and lapses, without Spring. */
class MembershipTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    static Membership active() {
        return Membership.open(
                7L,
                11L,
                START,
                36,
                new BigDecimal("81.50"),
                2,
                new CharterSignature(1, "fr", "a".repeat(64), 5L, "Élodie Lefebvre", NOW),
                NOW);
    }

    @Test
    void opensActiveWithTheRenewalDateOneRenewalPeriodLater() {
        Membership m = active();
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.nextRenewalDate()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(m.latestCharterVersionSigned()).isEqualTo(1);
        assertThat(m.history()).extracting(MembershipHistoryEntry::kind).containsExactly("OPENED");
    }

    @Test
    void statusesGiveTheNetworkStatus() {
        assertThat(MembershipStatus.ACTIVE.networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(MembershipStatus.SUSPENDED.networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(MembershipStatus.WITHDRAWN.networkStatus()).isEqualTo(NetworkStatus.FORMER);
        assertThat(MembershipStatus.LAPSED.networkStatus()).isEqualTo(NetworkStatus.FORMER);
        assertThat(MembershipStatus.SUSPENDED.isPublic()).isFalse();
        assertThat(MembershipStatus.ACTIVE.isPublic()).isTrue();
    }

    @Test
    void suspendReinstateWithdraw() {
        Membership m = active();
        m.suspend("complaints", 3L, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.SUSPENDED);
        m.reinstate("resolved", 3L, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        m.withdraw("values no longer carried", 3L, NOW, START.plusYears(1));
        assertThat(m.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(m.endedOn()).isEqualTo(START.plusYears(1));
        assertThat(m.history())
                .extracting(MembershipHistoryEntry::kind)
                .containsExactly("OPENED", "SUSPENDED", "ACTIVE", "WITHDRAWN");
    }

    @Test
    void illegalTransitionsAreRefused() {
        Membership m = active();
        assertThatThrownBy(() -> m.reinstate("why", 3L, NOW))
                .isInstanceOf(MembershipChangeRefusedException.class)
                .isInstanceOf(RefusedChange.class);
        m.withdraw("gone", 3L, NOW, START);
        assertThatThrownBy(() -> m.suspend("x", 3L, NOW)).isInstanceOf(MembershipChangeRefusedException.class);
        assertThatThrownBy(() -> m.withdraw("x", 3L, NOW, START)).isInstanceOf(MembershipChangeRefusedException.class);
        assertThatThrownBy(() -> m.reinstate("x", 3L, NOW)).isInstanceOf(MembershipChangeRefusedException.class);
        for (MembershipStatus s : EnumSet.of(MembershipStatus.WITHDRAWN, MembershipStatus.LAPSED)) {
            for (MembershipStatus to : MembershipStatus.values()) {
                assertThat(s.canBecome(to)).as(s + " → " + to).isFalse();
            }
        }
        assertThat(MembershipStatus.SUSPENDED.canBecome(MembershipStatus.LAPSED))
                .isFalse();
    }

    @Test
    void aChangeWithoutReasonIsRefusedOnTheReasonField() {
        Membership m = active();
        assertThatThrownBy(() -> m.suspend("  ", 3L, NOW))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void lapsesTheDayAfterItsRenewalDateUnlessARenewalWasSubmittedInTime() {
        Membership m = active();
        LocalDate renewal = m.nextRenewalDate();
        assertThat(m.isDueToLapse(renewal)).isFalse();
        assertThat(m.isDueToLapse(renewal.plusDays(1))).isTrue();

        m.renewalSubmitted(99L, renewal, NOW, 5L);
        assertThat(m.isDueToLapse(renewal.plusDays(40)))
                .as("submitted on the date: kept")
                .isFalse();

        Membership late = active();
        late.renewalSubmitted(98L, renewal.plusDays(2), NOW, 5L);
        assertThat(late.isDueToLapse(renewal.plusDays(3)))
                .as("submitted after the date")
                .isTrue();
        late.lapse(renewal.plusDays(3), NOW, "not renewed");
        assertThat(late.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThatThrownBy(() -> m.lapse(renewal.plusDays(40), NOW, "x"))
                .isInstanceOf(MembershipChangeRefusedException.class);
    }

    @Test
    void anAcceptedRenewalMovesTheDateOnFromTheDateItReplacesAndUpdatesTheScore() {
        Membership m = active();
        m.renewalSubmitted(99L, LocalDate.of(2029, 1, 10), NOW, 5L);
        m.renewalAccepted(99L, new BigDecimal("88.00"), 3, 36, NOW, 2L);
        assertThat(m.nextRenewalDate()).isEqualTo(LocalDate.of(2032, 3, 1));
        assertThat(m.scorePercent()).isEqualByComparingTo("88");
        assertThat(m.gridVersion()).isEqualTo(3);
        assertThat(m.renewalInProgress()).isFalse();
    }

    @Test
    void aDeclinedRenewalLapsesAtTheDateOrAtOnceWhenItHasPassed() {
        Membership early = active();
        early.renewalSubmitted(99L, LocalDate.of(2029, 1, 10), NOW, 5L);
        assertThat(early.renewalDeclined(99L, LocalDate.of(2029, 2, 1), NOW, 2L))
                .isFalse();
        assertThat(early.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(early.isDueToLapse(LocalDate.of(2029, 3, 2))).isTrue();

        Membership late = active();
        late.renewalSubmitted(99L, LocalDate.of(2029, 1, 10), NOW, 5L);
        assertThat(late.renewalDeclined(99L, LocalDate.of(2029, 4, 1), NOW, 2L)).isTrue();
        assertThat(late.status()).isEqualTo(MembershipStatus.LAPSED);
    }

    @Test
    void aCharterVersionIsSignedOnce() {
        Membership m = active();
        m.sign(new CharterSignature(2, "en", "b".repeat(64), 5L, "Elodie Lefebvre", NOW), NOW);
        assertThat(m.latestCharterVersionSigned()).isEqualTo(2);
        assertThatThrownBy(() -> m.sign(new CharterSignature(2, "fr", "c".repeat(64), 5L, "x", NOW), NOW))
                .isInstanceOf(RefusedChange.class);
    }

    @Test
    void commitmentsArePerYear() {
        Membership m = active();
        m.commitments(2026, EnumSet.of(CommitmentKind.SHOWS_STICKER, CommitmentKind.NETWORK_EVENT), 3L, NOW);
        m.commitments(2027, EnumSet.of(CommitmentKind.PROFILE_REVIEWED), 3L, NOW);
        m.commitments(2026, EnumSet.of(CommitmentKind.SHOWS_STICKER), 3L, NOW);
        assertThat(m.commitmentsOf(2026)).containsExactly(CommitmentKind.SHOWS_STICKER);
        assertThat(m.commitmentsOf(2027)).containsExactly(CommitmentKind.PROFILE_REVIEWED);
        assertThat(m.commitmentsOf(2025)).isEqualTo(Set.of());
    }
}
