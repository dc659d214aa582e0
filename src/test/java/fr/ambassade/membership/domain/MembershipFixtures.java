package fr.ambassade.membership.domain;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;

import fr.ambassade.accounts.Accounts;
import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSubmitted;
import fr.ambassade.shared.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test data of the membership tests: providers with a manager, selection's events, memberships at given dates. */
@Component
class MembershipFixtures {

    static final AtomicLong APPLICATION_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 5_000_000_000L);

    final ProviderFixtures providers;
    final AccountFixtures accountRepository;
    final Accounts accounts;
    final MembershipRepository memberships;
    final ApplicationEventPublisher events;
    final TransactionTemplate tx;
    final JdbcTemplate jdbc;

    MembershipFixtures(
            ProviderFixtures providers,
            AccountFixtures accountRepository,
            Accounts accounts,
            MembershipRepository memberships,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            JdbcTemplate jdbc) {
        this.providers = providers;
        this.accountRepository = accountRepository;
        this.accounts = accounts;
        this.memberships = memberships;
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    long provider(String name, NetworkStatus status) {
        return providers.save(aProvider().named(unique(name)).status(status)).id();
    }

    /** A provider user managing the establishment. */
    AccountView manager(String displayName, Locale locale, long... providerIds) {
        AccountView a = accountRepository.create(
                "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@membership.test",
                displayName,
                locale,
                EnumSet.of(Role.PROVIDER),
                null);
        for (long id : providerIds) {
            accounts.linkEstablishment(a.id(), id);
        }
        return accountRepository.reload(a.id());
    }

    long staff(Role role) {
        return accountRepository
                .create(
                        "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@membership.test",
                        "Équipe " + role,
                        Locale.FRENCH,
                        EnumSet.of(role),
                        null)
                .id();
    }

    long decide(ApplicationKind kind, ApplicationState decision, long providerId, Long applicant) {
        long applicationId = APPLICATION_IDS.incrementAndGet();
        decide(applicationId, kind, decision, providerId, applicant, new BigDecimal("78.50"));
        return applicationId;
    }

    void decide(
            long applicationId,
            ApplicationKind kind,
            ApplicationState decision,
            long providerId,
            Long applicant,
            BigDecimal score) {
        tx.executeWithoutResult(s -> events.publishEvent(new ApplicationDecided(
                applicationId, kind, decision, providerId, applicant, score, 1, Instant.now(), null)));
    }

    long submitRenewal(long providerId, Instant at) {
        long applicationId = APPLICATION_IDS.incrementAndGet();
        tx.executeWithoutResult(s -> events.publishEvent(
                new ApplicationSubmitted(applicationId, ApplicationKind.RENEWAL, providerId, null, at)));
        return applicationId;
    }

    /** An ACTIVE membership of an ambassador started on {@code start}, as if its charter had been signed then. */
    long membership(long providerId, LocalDate start, int months) {
        return membership(providerId, start, months, 1);
    }

    /** The same, with the charter version it signed (0: signed before any charter version of this database). */
    long membership(long providerId, LocalDate start, int months, int charterVersion) {
        Instant at = Instant.now();
        return tx.execute(s -> memberships
                .save(Membership.open(
                        providerId,
                        null,
                        start,
                        months,
                        new BigDecimal("70.00"),
                        1,
                        new CharterSignature(charterVersion, "fr", "0".repeat(64), null, "Test", at),
                        at))
                .id());
    }

    List<String> mailsTo(String email, String template) {
        return jdbc.queryForList(
                "select subject from outbox_mail where recipient = ? and template = ? order by created_at",
                String.class,
                email,
                template);
    }
}
