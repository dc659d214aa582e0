package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.DemoAccounts;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo logins (public password) are flagged when seeded; with demo data off they are disabled and a demo
 * administrator does not count as "an administrator exists". Each test rolls back: the shared database keeps its
 * demo logins for the other tests.
 */
@IntegrationTest
class DemoLoginsOutsideDemoModeTest {

    @Autowired
    AccountService service;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theSeededDemoLoginsAreFlaggedAsDemo() {
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            assertThat(fixtures.byEmail(demo.email()))
                    .get()
                    .extracting(AccountView::demo)
                    .as(demo.email())
                    .isEqualTo(true);
        }
        String lookalike = TestAccounts.uniqueEmail("admin").replace("@test.ambassade.test", DemoAccounts.DOMAIN);
        inRolledBackTransaction(() -> {
            AccountView invited =
                    fixtures.create(lookalike, "Not a demo", java.util.Locale.FRENCH, Set.of(Role.ADMIN), null);
            assertThat(invited.demo())
                    .as("an address with the demo suffix is not a demo login")
                    .isFalse();
        });
    }

    @Test
    void aDemoAdministratorDoesNotCountAsAnAdministrator() {
        inRolledBackTransaction(() -> {
            jdbc.update("update account set enabled = false where demo = false");
            assertThat(fixtures.byEmail("admin@demo.ambassade.test"))
                    .get()
                    .extracting(AccountView::enabled)
                    .isEqualTo(true);

            assertThat(service.enabledAdminExists()).isFalse();
        });
    }

    @Test
    void withDemoDataOffEveryDemoLoginIsDisabledKeptAndAuditedOnce() {
        inRolledBackTransaction(() -> {
            long auditBefore = demoDisabledEntries();

            int disabled = service.disableDemoAccounts();

            assertThat(disabled).isGreaterThanOrEqualTo(DemoAccounts.ALL.size());
            for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
                AccountView account = fixtures.byEmail(demo.email()).orElseThrow();
                assertThat(account.enabled()).as(demo.email() + " disabled").isFalse();
                assertThat(account.roles()).as("data kept").isEqualTo(demo.roles());
                assertThat(account.hasPassword()).isTrue();
            }
            assertThat(demoDisabledEntries() - auditBefore).isEqualTo(disabled);
            assertThat(service.disableDemoAccounts()).as("idempotent").isZero();
            assertThat(demoDisabledEntries() - auditBefore).isEqualTo(disabled);

            // back in demo mode, the seeding enables them again
            DemoAccounts.DemoLogin admin = DemoAccounts.ALL.get(1);
            service.ensureDemoAccount(admin.email(), admin.displayName(), admin.roles(), admin.password());
            assertThat(fixtures.byEmail(admin.email()).orElseThrow().enabled()).isTrue();
        });
    }

    @Test
    void theFirstAdministratorThenComesFromTheSetting() {
        inRolledBackTransaction(() -> {
            jdbc.update("update account set enabled = false where demo = false");
            service.disableDemoAccounts();
            assertThat(service.enabledAdminExists()).isFalse();

            String email = TestAccounts.uniqueEmail("boss");
            service.createFirstAdmin(email);

            assertThat(service.enabledAdminExists()).isTrue();
            assertThat(fixtures.byEmail(email).orElseThrow().demo()).isFalse();
            assertThat(service.isDemoAccount(email)).isFalse();
            assertThat(service.isDemoAccount("admin@demo.ambassade.test")).isTrue();
        });
    }

    private long demoDisabledEntries() {
        Long n = jdbc.queryForObject(
                "select count(*) from audit_entry where object_type = 'Account' and action = 'DEMO_DISABLED'",
                Long.class);
        return n == null ? 0 : n;
    }

    private void inRolledBackTransaction(Runnable body) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            body.run();
        });
    }
}
