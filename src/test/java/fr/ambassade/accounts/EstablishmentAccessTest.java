package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Another establishment's data answers 404, not 403; users and establishments are many-to-many. */
@IntegrationTest
class EstablishmentAccessTest {

    @Autowired
    EstablishmentAccess access;

    @Autowired
    Accounts facade;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    WebApplicationContext context;

    TestAccounts accounts;
    long hotel;
    long gite;
    long shared;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(fixtures, encoder);
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000) * 10;
        hotel = base + 1;
        gite = base + 2;
        shared = base + 3;
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    Authentication as(AccountView account) {
        AccountPrincipal p = fixtures.principal(account.id());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    void loginAs(AccountView account) {
        SecurityContextHolder.getContext().setAuthentication(as(account));
    }

    @Test
    void providerUserSeesOnlyTheirEstablishmentsAndOthersAreNotFound() {
        AccountView hotelier = accounts.provider(hotel, shared);
        AccountView host = accounts.provider(gite, shared);

        loginAs(hotelier);
        assertThatCode(() -> access.requireAccess(hotel)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireAccess(shared)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireAccess(gite)).isInstanceOf(NotFoundException.class);

        loginAs(host);
        assertThatCode(() -> access.requireAccess(gite)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireAccess(hotel)).isInstanceOf(NotFoundException.class);
        assertThat(access.managedByCurrentUser()).containsExactlyInAnyOrder(gite, shared);
    }

    @Test
    void staffPassAndResidentsOrAnonymousDoNot() {
        for (Role staff : Role.STAFF) {
            loginAs(accounts.create(staff));
            assertThatCode(() -> access.requireAccess(hotel)).doesNotThrowAnyException();
        }
        loginAs(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> access.requireAccess(hotel)).isInstanceOf(NotFoundException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> access.requireAccess(hotel)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void unlinkingOrDeactivatingRemovesAccess() {
        AccountView hotelier = accounts.provider(hotel);
        loginAs(hotelier);
        assertThat(access.canAccess(hotel)).isTrue();
        facade.unlinkEstablishment(hotelier.id(), hotel);
        assertThat(access.canAccess(hotel)).isFalse();
        facade.linkEstablishment(hotelier.id(), hotel);
        assertThat(access.canAccess(hotel)).isTrue();
        fixtures.deactivate(hotelier.id());
        assertThat(access.canAccess(hotel)).isFalse();
    }

    @Test
    void facadeKnowsManagersAndEstablishments() {
        AccountView a = accounts.provider(hotel, shared);
        AccountView b = accounts.provider(shared);
        assertThat(facade.managersOf(shared)).extracting(AccountRef::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(facade.managersOf(hotel)).extracting(AccountRef::email).containsExactly(a.email());
        assertThat(facade.establishmentsOf(a.id())).containsExactlyInAnyOrder(hotel, shared);
        assertThat(facade.byEmail(a.email().toUpperCase())).map(AccountRef::id).contains(a.id());
        assertThat(facade.require(b.id()).roles()).containsExactly(Role.PROVIDER);
        assertThatThrownBy(() -> facade.require(-1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void providerSpaceListsTheUsersEstablishments() throws Exception {
        AccountView hotelier = accounts.provider(hotel, gite);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String html = mvc.perform(get("/espace").with(authentication(as(hotelier))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("n° " + hotel).contains("n° " + gite);
    }

    @Test
    void deactivationEndsTheSessionAndRoleChangesApplyAtOnce() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        AccountView editor = accounts.create(Role.EDITOR);
        Authentication session = as(editor);
        assertThat(mvc.perform(get("/admin/users").with(authentication(session)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        fixtures.changeRoles(editor.id(), java.util.Set.of(Role.EDITOR, Role.ADMIN));
        assertThat(mvc.perform(get("/admin/users").with(authentication(session)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        fixtures.deactivate(editor.id());
        assertThat(mvc.perform(get("/admin").with(authentication(session)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }
}
