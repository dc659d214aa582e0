package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.mail.outbox.TestMailbox;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A user who forgot the password resets it through the e-mailed link, then logs in with the new one. */
@IntegrationTest
class PasswordResetJourneyTest extends BrowserTestSupport {

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext application;

    @Test
    void forgottenPasswordIsResetThroughTheEmailedLink() {
        AccountView account = new TestAccounts(fixtures, encoder).create(Role.COUNSELOR);

        visit("/login");
        page.getByText("Mot de passe oublié ?").click();
        page.waitForURL("**/password/forgot");
        checkAccessibility();
        page.getByLabel("Adresse e-mail").fill(account.email());
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").textContent()).contains("Si un compte actif correspond");
        checkAccessibility();

        String mail = new TestMailbox(application).lastText(account.email());
        Matcher link = Pattern.compile("https?://[^/\\s]+(/password/reset\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail);
        assertThat(link.find()).as(mail).isTrue();

        visit(link.group(1));
        page.getByLabel("Nouveau mot de passe").fill("my new passphrase 2026");
        page.getByLabel("Confirmer le mot de passe").fill("my new passphrase 2026");
        page.locator("main form [type=submit]").click();
        page.waitForURL("**/login");
        assertThat(page.locator("[role=status]").first().textContent()).contains("Votre mot de passe est enregistré");
        checkAccessibility();

        loginAs(account.email(), "my new passphrase 2026");
        assertThat(page.url()).endsWith("/admin");
        checkAccessibility();

        // the link was single-use
        visit(link.group(1));
        assertThat(page.locator("h1").textContent()).contains("Lien expiré ou déjà utilisé");
    }

    @Test
    void loginPageInEnglishWithDemoLoginsIsAccessible() {
        visit("/login?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Log in");
        assertThat(page.locator("table").textContent()).contains("admin@demo.ambassade.test");
        visit("/password/forgot");
        assertThat(page.locator("h1").textContent()).isEqualTo("Forgot your password");
    }

    @Test
    void refusedLoginKeepsTheEmailAndSaysWhy() {
        AccountView account = new TestAccounts(fixtures, encoder).create(Role.RESIDENT);
        loginAs(account.email(), "not the password");
        assertThat(page.url()).contains("/login?error");
        assertThat(page.locator("[role=alert]").textContent()).contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(page.getByLabel("Adresse e-mail").inputValue()).isEqualTo(account.email());
        checkAccessibility();
        loginAs(account.email(), TestAccounts.PASSWORD);
        assertThat(page.url()).endsWith("/account");
        checkAccessibility();
    }

    @Test
    void administratorInvitesAUser() {
        loginAs("admin@demo.ambassade.test", "demo-ambassade");
        assertThat(page.url()).endsWith("/admin");
        checkAccessibility();
        page.locator("nav a[href$='/admin/users']").click();
        page.waitForURL("**/admin/users");
        checkAccessibility();
        page.getByText("Inviter un utilisateur").first().click();
        page.waitForURL("**/admin/users/new");
        checkAccessibility();
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator(".field-error").first().textContent()).isNotBlank();
        checkAccessibility();
        String email = TestAccounts.uniqueEmail("journey-invite");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Nom affiché").fill("Invitée du parcours");
        page.getByLabel("Rédaction").check();
        page.locator("main form [type=submit]").click();
        page.waitForURL("**/admin/users");
        assertThat(page.locator("[role=status]").textContent()).contains(email);
        checkAccessibility();
    }

    @Test
    void aSignedInUserChangesTheirPasswordAndReadsNoSecretInTheOutbox() {
        AccountView counselor = new TestAccounts(fixtures, encoder).create(Role.COUNSELOR);
        AccountView colleague = new TestAccounts(fixtures, encoder).create(Role.EDITOR);
        loginAs(counselor.email(), TestAccounts.PASSWORD);

        visit("/account/password");
        page.getByLabel("Mot de passe actuel").fill("not my password");
        page.getByLabel("Nouveau mot de passe").fill("another passphrase 2026");
        page.getByLabel("Confirmer le mot de passe").fill("another passphrase 2026");
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Le mot de passe actuel est incorrect.");
        checkAccessibility();

        page.getByLabel("Mot de passe actuel").fill(TestAccounts.PASSWORD);
        page.getByLabel("Nouveau mot de passe").fill("another passphrase 2026");
        page.getByLabel("Confirmer le mot de passe").fill("another passphrase 2026");
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        checkAccessibility();

        // a reset link for a colleague waits in the outbox: the counselor reads the e-mail, not its link
        visit("/password/forgot");
        page.getByLabel("Adresse e-mail").fill(colleague.email());
        page.locator("main form [type=submit]").click();
        page.waitForLoadState();
        visit("/admin/outbox?recipient=" + colleague.email());
        page.locator("main table a").first().click();
        page.waitForLoadState();
        assertThat(page.locator("main").textContent())
                .contains(colleague.email())
                .contains("[lien secret : créé à l’envoi, pour le seul destinataire]")
                .doesNotContain("token=");
        checkAccessibility();
    }
}
