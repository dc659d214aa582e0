package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.accounts.domain.DemoAccounts;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The user list, role edits, deactivation, and the demo logins. */
@IntegrationTest
class AccountsAdminTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    fr.ambassade.accounts.domain.AccountService service;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    TestAccounts accounts;
    AccountView admin;
    SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor asAdmin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        accounts = new TestAccounts(fixtures, encoder);
        admin = accounts.create(Role.ADMIN);
        asAdmin = user(admin.email()).roles("ADMIN");
    }

    MvcResult save(AccountView target, long version, String... roles) throws Exception {
        return mvc.perform(post("/admin/users/{id}", target.id())
                        .with(csrf())
                        .with(asAdmin)
                        .param("version", String.valueOf(version))
                        .param("displayName", target.displayName())
                        .param("locale", "fr")
                        .param("roles", roles)
                        .param("establishments", ""))
                .andReturn();
    }

    @Test
    void demoLoginsExistWithTheirRolesAndPassword() {
        for (DemoAccounts.DemoLogin demo : DemoAccounts.ALL) {
            AccountView account =
                    fixtures.byEmail(demo.name() + "@demo.ambassade.test").orElseThrow();
            assertThat(account.roles()).isEqualTo(demo.roles());
            assertThat(encoder.matches("demo-ambassade", fixtures.passwordHash(account.id())))
                    .isTrue();
        }
    }

    @Test
    void loginPageListsTheDemoLoginsInDemoMode() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("director@demo.ambassade.test")
                .contains("resident@demo.ambassade.test")
                .contains("demo-ambassade");
        String english = mvc.perform(get("/login").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Demo accounts").contains("Forgot your password?");
    }

    @Test
    void listShowsUsersWithTheirRoles() throws Exception {
        AccountView editor = accounts.create(Role.EDITOR, Role.DIRECTOR);
        String html = mvc.perform(get("/admin/users").param("size", "100").with(asAdmin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Utilisateurs");
        AccountView first = service.list(org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .get(0);
        assertThat(html).contains(first.email());
        assertThat(mvc.perform(get("/admin/users/{id}", editor.id()).with(asAdmin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(editor.email())
                .contains("value=\"EDITOR\" id=\"roles-2\" name=\"roles\" checked");
    }

    @Test
    void rolesEditIsSavedAndAudited() throws Exception {
        AccountView target = accounts.create(Role.EDITOR);
        MvcResult result = save(target, target.version(), "EDITOR", "ANIMATOR");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(accounts.reload(target).roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ANIMATOR);
        String changes = jdbc.queryForObject(
                "select changes::text from audit_entry where object_type = 'Account' and object_id = ? "
                        + "and action = 'UPDATED' order by id desc limit 1",
                String.class,
                String.valueOf(target.id()));
        assertThat(changes).contains("roles").contains("ANIMATOR");
        assertThat(jdbc.queryForObject(
                        "select actor_account_id from audit_entry where object_type = 'Account' and object_id = ? "
                                + "and action = 'UPDATED' order by id desc limit 1",
                        Long.class,
                        String.valueOf(target.id())))
                .as("the actor's account id, not their e-mail")
                .isEqualTo(admin.id());
    }

    @Test
    void staleEditIsRefusedAndNothingIsOverwritten() throws Exception {
        AccountView target = accounts.create(Role.EDITOR);
        long stale = target.version();
        save(target, stale, "EDITOR", "COUNSELOR");
        MvcResult second = save(target, stale, "DIRECTOR");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + target.id());
        assertThat(second.getFlashMap().get("flashError").toString()).contains("modifié entre-temps");
        assertThat(accounts.reload(target).roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.COUNSELOR);
    }

    @Test
    void adminCannotRemoveTheirOwnAdminRoleNorDeactivateThemself() throws Exception {
        MvcResult result = save(admin, admin.version(), "EDITOR");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("votre propre rôle d’administrateur");
        assertThat(accounts.reload(admin).roles()).containsExactly(Role.ADMIN);

        MvcResult deactivate = mvc.perform(post("/admin/users/{id}/deactivate", admin.id())
                        .with(csrf())
                        .with(asAdmin)
                        .param("version", String.valueOf(admin.version())))
                .andReturn();
        assertThat(deactivate.getFlashMap().get("flashError").toString()).contains("votre propre compte");
        assertThat(accounts.reload(admin).enabled()).isTrue();
    }

    @Test
    void deactivateAndReactivate() throws Exception {
        AccountView target = accounts.create(Role.COUNSELOR);
        mvc.perform(post("/admin/users/{id}/deactivate", target.id())
                .with(csrf())
                .with(asAdmin)
                .param("version", String.valueOf(target.version())));
        AccountView deactivated = accounts.reload(target);
        assertThat(deactivated.enabled()).isFalse();
        mvc.perform(post("/admin/users/{id}/reactivate", target.id())
                .with(csrf())
                .with(asAdmin)
                .param("version", String.valueOf(deactivated.version())));
        assertThat(accounts.reload(target).enabled()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Account' and object_id = ? "
                                + "and action in ('DEACTIVATED', 'REACTIVATED')",
                        Integer.class,
                        String.valueOf(target.id())))
                .isEqualTo(2);
    }

    @Test
    void invitationFormRejectsMissingFieldsAndKeepsValues() throws Exception {
        String html = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(asAdmin)
                        .param("email", "")
                        .param("displayName", "Kept Name")
                        .param("locale", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Indiquez l’adresse e-mail")
                .contains("Choisissez au moins un rôle")
                .contains("value=\"Kept Name\"");
        AccountView existing = accounts.create(Role.EDITOR);
        String taken = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(asAdmin)
                        .param("email", existing.email())
                        .param("displayName", "X")
                        .param("roles", "EDITOR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken).contains("Un compte existe déjà");
    }

    @Test
    void invitationAcceptsTheAddressesProvidersAccept() throws Exception {
        // One rule (shared Email): an address without a dotted domain is refused here as in the directory.
        String refused = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(asAdmin)
                        .param("email", "accueil@localhost")
                        .param("displayName", "Sans domaine")
                        .param("roles", "EDITOR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Cette adresse e-mail n’est pas valide.").contains("value=\"accueil@localhost\"");
        String address = "Invite-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@OT.example";
        mvc.perform(post("/admin/users/new")
                .with(csrf())
                .with(asAdmin)
                .param("email", address)
                .param("displayName", "Invitée")
                .param("roles", "EDITOR"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where email = ?",
                        Integer.class,
                        address.toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(1);
    }
}
