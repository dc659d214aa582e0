package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.shared.i18n.LanguagePrefixFilter;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may open which section: anonymous users are sent to the login page, allowed roles get the page, every
 * other role is refused, for the pages ({@link #sections()}) and the actions ({@link #actions()}), under
 * {@code /admin/…} and {@code /en/admin/…} alike. Each module adds the rows of its sections.
 */
@IntegrationTest
class BackOfficeAccessTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    LanguagePrefixFilter languagePrefix;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // the language prefix filter runs before security, as in the server: /en/admin/… is /admin/…
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(languagePrefix)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** Rows: a GET path and the roles that may open it. */
    static Stream<Arguments> sections() {
        return Stream.of(
                section("/admin", Role.STAFF),
                section("/admin/users", Set.of(Role.ADMIN)),
                section("/admin/users/new", Set.of(Role.ADMIN)),
                section("/admin/settings", Set.of(Role.DIRECTOR)),
                section("/admin/settings/appearance", Set.of(Role.DIRECTOR)),
                section("/admin/settings/grid", Set.of(Role.DIRECTOR)),
                section("/admin/settings/selection", Set.of(Role.DIRECTOR)),
                section("/admin/territory", Role.STAFF),
                section("/admin/applications", Role.STAFF),
                section("/admin/visits/mine", Role.STAFF),
                section("/admin/committees", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/committees/new", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/audit", Set.of(Role.DIRECTOR, Role.ADMIN)),
                section("/admin/outbox", Set.of(Role.COUNSELOR, Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/providers", Role.STAFF),
                section("/admin/providers/new", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/providers/duplicates", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/providers/reindex", Set.of(Role.ADMIN)),
                section("/admin/imports", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/memberships", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/applications/matches", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/dashboard/ambassadors", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/admin/dashboard/communes", Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN)),
                section("/espace", Set.of(Role.PROVIDER)),
                section("/espace/adhesion", Set.of(Role.PROVIDER)),
                section("/espace/renouvellement", Set.of(Role.PROVIDER)),
                section("/account", Set.of(Role.RESIDENT)));
    }

    static Arguments section(String path, Set<Role> allowed) {
        return Arguments.of(path, EnumSet.copyOf(allowed));
    }

    /** Columns: one per role, plus anonymous; each section also under the English prefix. */
    static Stream<Arguments> cells() {
        return sections()
                .flatMap(row -> Stream.of(row, Arguments.of("/en" + row.get()[0], row.get()[1])))
                .flatMap(row -> {
                    Object[] r = row.get();
                    return Stream.concat(
                            Stream.of(Arguments.of(r[0], r[1], null)),
                            Stream.of(Role.values()).map(role -> Arguments.of(r[0], r[1], role)));
                });
    }

    /**
     * Rows: a POST that changes nothing even when allowed (unknown ids, empty forms) and the roles that may send
     * it. Refused roles get 403 before the controller runs; allowed ones reach it (any answer but 403).
     */
    static Stream<Arguments> actions() {
        Set<Role> network = Set.of(Role.ANIMATOR, Role.DIRECTOR, Role.ADMIN);
        return Stream.of(
                section("/admin/users/new", Set.of(Role.ADMIN)),
                section("/admin/users/999999", Set.of(Role.ADMIN)),
                section("/admin/users/999999/deactivate", Set.of(Role.ADMIN)),
                section("/admin/users/999999/reactivate", Set.of(Role.ADMIN)),
                section("/admin/outbox/999999/requeue", Set.of(Role.ADMIN)),
                section("/admin/territory/replace", Set.of(Role.ADMIN)),
                section("/admin/settings/values/999999/remove", Set.of(Role.DIRECTOR)),
                section("/admin/settings/values/999999/move", Set.of(Role.DIRECTOR)),
                section("/admin/settings/appearance/logo", Set.of(Role.DIRECTOR)),
                section("/admin/settings/selection", Set.of(Role.DIRECTOR)),
                section("/admin/providers/999999", network),
                section("/admin/providers/999999/accounts", network),
                section("/admin/imports/999999/rerun", network),
                section("/admin/imports", network),
                section("/admin/memberships/999999/commitments", network),
                section("/admin/memberships/999999/suspend", Set.of(Role.DIRECTOR)),
                section("/admin/memberships/999999/reinstate", Set.of(Role.DIRECTOR)),
                section("/admin/memberships/999999/withdraw", Set.of(Role.DIRECTOR)),
                section("/admin/applications/matches/999999/confirm", network),
                section("/admin/applications/matches/999999/refuse", network),
                section("/admin/applications/999999/review", network),
                section("/admin/applications/999999/decline", network),
                section("/admin/applications/999999/visits", network),
                section("/admin/applications/999999/reopen", network),
                section("/admin/applications/999999/accept-renewal", Set.of(Role.DIRECTOR, Role.ADMIN)),
                section("/admin/visits/999999/reschedule", network),
                section("/admin/visits/999999/cancel", network),
                section("/admin/visits/999999/close", network),
                section("/admin/visits/999999/evaluation", Role.STAFF),
                section("/admin/visits/999999/evaluation/declaration", Role.STAFF),
                section("/admin/committees/999999/agenda", network),
                section("/admin/committees/999999/decisions", Set.of(Role.DIRECTOR, Role.ADMIN)));
    }

    static Stream<Arguments> actionCells() {
        return actions()
                .flatMap(row -> Stream.of(row, Arguments.of("/en" + row.get()[0], row.get()[1])))
                .flatMap(row -> {
                    Object[] r = row.get();
                    return Stream.concat(
                            Stream.of(Arguments.of(r[0], r[1], null)),
                            Stream.of(Role.values()).map(role -> Arguments.of(r[0], r[1], role)));
                });
    }

    @ParameterizedTest(name = "POST {0} as {2}")
    @MethodSource("actionCells")
    void actionIsOpenOnlyToItsRoles(String path, Set<Role> allowed, Role role) throws Exception {
        if (role == null) {
            mvc.perform(post(path).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(result ->
                            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        } else if (allowed.contains(role)) {
            mvc.perform(post(path)
                            .with(csrf())
                            .with(user(role.name().toLowerCase() + "@access.test")
                                    .roles(role.name())))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as("reaches the controller")
                            .isNotEqualTo(403));
        } else {
            mvc.perform(post(path)
                            .with(csrf())
                            .with(user(role.name().toLowerCase() + "@access.test")
                                    .roles(role.name())))
                    .andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("cells")
    void sectionIsOpenOnlyToItsRoles(String path, Set<Role> allowed, Role role) throws Exception {
        if (role == null) {
            mvc.perform(get(path))
                    .andExpect(status().isFound())
                    .andExpect(result ->
                            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        } else if (allowed.contains(role)) {
            mvc.perform(get(path)
                            .with(user(role.name().toLowerCase() + "@access.test")
                                    .roles(role.name())))
                    .andExpect(status().isOk());
        } else {
            mvc.perform(get(path)
                            .with(user(role.name().toLowerCase() + "@access.test")
                                    .roles(role.name())))
                    .andExpect(status().isForbidden());
        }
    }
}
