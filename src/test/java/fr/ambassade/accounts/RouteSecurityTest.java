package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call every route, written by hand below and checked against the authorisation the application really
 * applies (its security filter chain, for an anonymous visitor and for each role alone). The table is never
 * derived from the rules: a {@code permitAll} too wide, a rule shadowed by an earlier one or a role forgotten
 * fails here. A mapped route without a row fails too, with the row to add.
 */
@IntegrationTest
class RouteSecurityTest {

    /** An anonymous visitor, or a signed-in user with one role. */
    enum As {
        ANONYMOUS,
        COUNSELOR,
        ANIMATOR,
        EDITOR,
        DIRECTOR,
        ADMIN,
        PROVIDER,
        RESIDENT;

        Authentication authentication() {
            if (this == ANONYMOUS) {
                return new AnonymousAuthenticationToken(
                        "test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    name().toLowerCase() + "@routes.test",
                    null,
                    AuthorityUtils.createAuthorityList(Role.valueOf(name()).authority()));
        }
    }

    static final Set<As> ANYONE = EnumSet.allOf(As.class);
    static final Set<As> STAFF = EnumSet.of(As.COUNSELOR, As.ANIMATOR, As.EDITOR, As.DIRECTOR, As.ADMIN);
    /** Provider records and imports: animators, directors, administrators (not editors, who write content). */
    static final Set<As> NETWORK = EnumSet.of(As.ANIMATOR, As.DIRECTOR, As.ADMIN);

    static final Set<As> DIRECTOR = EnumSet.of(As.DIRECTOR);
    static final Set<As> ADMIN = EnumSet.of(As.ADMIN);
    static final Set<As> NOBODY = EnumSet.noneOf(As.class);
    /** Anyone signed in, whatever the role. */
    static final Set<As> SIGNED_IN = EnumSet.complementOf(EnumSet.of(As.ANONYMOUS));
    /** Outbox readers: the staff who answer visitors and providers about their e-mails (not editors). */
    static final Set<As> OUTBOX_READERS = EnumSet.of(As.COUNSELOR, As.ANIMATOR, As.DIRECTOR, As.ADMIN);

    static final String GET = "GET";
    static final String POST = "POST";
    /** A mapping without a method condition: checked for GET, POST, PUT, PATCH and DELETE. */
    static final String ANY = "*";

    record Row(String method, String pattern, Set<As> allowed) {
        String key() {
            return method + " " + pattern;
        }
    }

    static Row row(String method, String pattern, Set<As> allowed) {
        return new Row(method, pattern, allowed);
    }

    static Set<As> only(As... who) {
        return EnumSet.copyOf(Arrays.asList(who));
    }

    /** Every mapped route (method and pattern as in the controller) and who may call it. */
    static final List<Row> EXPECTED = List.of(
            // public site, error page, brand
            row(GET, "/", ANYONE),
            row(GET, "/devenir-ambassadeur", ANYONE),
            row(GET, "/become-an-ambassador", ANYONE),
            row(GET, "/ambassadeur-worden", ANYONE),
            row(GET, "/habitants", ANYONE),
            row(ANY, "/error", ANYONE),
            row(GET, "/brand/logo", ANYONE),
            row(GET, "/brand/theme.css", ANYONE),
            row(GET, "/api/v1/communes", ANYONE),
            row(GET, "/api/v1/territory/communes", ANYONE),
            row(GET, "/api/v1/ambassadors", ANYONE),
            // the staff's API for applications: as the queue (every staff role) and the file (managers)
            row(GET, "/api/v1/applications", STAFF),
            row(GET, "/api/v1/applications/{id}", NETWORK),
            row(POST, "/api/v1/applications/{id}/transitions", NETWORK),
            // the public API's OpenAPI description and its reading page
            row(GET, "/v3/api-docs", ANYONE),
            row(GET, "/v3/api-docs.yaml", ANYONE),
            row(GET, "/v3/api-docs/swagger-config", ANYONE),
            row(GET, "/swagger-ui.html", ANYONE),
            // signing in, passwords, personal spaces
            row(GET, "/login", ANYONE),
            row(GET, "/password/forgot", ANYONE),
            row(POST, "/password/forgot", ANYONE),
            row(GET, "/password/reset", ANYONE),
            row(POST, "/password/reset", ANYONE),
            row(GET, "/account/password", SIGNED_IN),
            row(POST, "/account/password", SIGNED_IN),
            row(GET, "/espace", only(As.PROVIDER)),
            row(GET, "/espace/adhesion", only(As.PROVIDER)),
            row(GET, "/espace/adhesion/{providerId}", only(As.PROVIDER)),
            row(POST, "/espace/adhesion/{providerId}", only(As.PROVIDER)),
            row(GET, "/espace/renouvellement", only(As.PROVIDER)),
            row(POST, "/espace/renouvellement/{providerId}", only(As.PROVIDER)),
            row(GET, "/espace/inscription", ANYONE),
            row(POST, "/espace/inscription", ANYONE),
            row(GET, "/espace/inscription/verification", ANYONE),
            row(POST, "/espace/inscription/verification", ANYONE),
            row(POST, "/espace/inscription/renvoi", ANYONE),
            // the candidate's application (the entry page offers to sign in or create an account)
            row(GET, "/espace/candidature", ANYONE),
            row(GET, "/espace/candidature/invitation", only(As.PROVIDER)),
            row(POST, "/espace/candidature/nouvelle", only(As.PROVIDER)),
            row(GET, "/espace/candidature/{id:\\d+}", only(As.PROVIDER)),
            row(POST, "/espace/candidature/{id:\\d+}", only(As.PROVIDER)),
            row(GET, "/espace/candidature/{id:\\d+}/etablissement", only(As.PROVIDER)),
            row(POST, "/espace/candidature/{id:\\d+}/etablissement/choisir", only(As.PROVIDER)),
            row(POST, "/espace/candidature/{id:\\d+}/etablissement/nouveau", only(As.PROVIDER)),
            row(GET, "/espace/candidature/{id:\\d+}/retrait", only(As.PROVIDER)),
            row(POST, "/espace/candidature/{id:\\d+}/retrait", only(As.PROVIDER)),
            // an application's photos: sent to anyone signed in whom the service allows (the candidate, staff), else
            // 404
            row(GET, "/espace/candidature/{id:\\d+}/photos/{photoId:\\d+}", SIGNED_IN),
            row(GET, "/espace/candidature/{id:\\d+}/photos/{photoId:\\d+}/vignette", SIGNED_IN),
            row(POST, "/espace/candidature/{id:\\d+}/photos", only(As.PROVIDER)),
            row(POST, "/espace/candidature/{id:\\d+}/photos/{photoId:\\d+}/retrait", only(As.PROVIDER)),
            row(GET, "/admin/applications/matches", NETWORK),
            row(GET, "/admin/applications/invite", NETWORK),
            row(POST, "/admin/applications/invite", NETWORK),
            row(POST, "/admin/applications/matches/{id:\\d+}/confirm", NETWORK),
            row(POST, "/admin/applications/matches/{id:\\d+}/refuse", NETWORK),
            row(GET, "/account", only(As.RESIDENT)),
            // back office
            row(GET, "/admin", STAFF),
            row(GET, "/admin/users", ADMIN),
            row(GET, "/admin/users/new", ADMIN),
            row(POST, "/admin/users/new", ADMIN),
            row(GET, "/admin/users/{id}", ADMIN),
            row(POST, "/admin/users/{id}", ADMIN),
            row(POST, "/admin/users/{id}/deactivate", ADMIN),
            row(POST, "/admin/users/{id}/reactivate", ADMIN),
            row(GET, "/admin/applications", STAFF),
            row(GET, "/admin/applications/{id}", NETWORK),
            row(POST, "/admin/applications/{id}/review", NETWORK),
            row(POST, "/admin/applications/{id}/decline", NETWORK),
            row(POST, "/admin/applications/{id}/visits", NETWORK),
            row(POST, "/admin/applications/{id}/reopen", NETWORK),
            row(POST, "/admin/applications/{id}/accept-renewal", only(As.DIRECTOR, As.ADMIN)),
            row(GET, "/admin/visits/mine", STAFF),
            row(GET, "/admin/visits/{id}/evaluation", STAFF),
            row(POST, "/admin/visits/{id}/evaluation", STAFF),
            row(POST, "/admin/visits/{id}/evaluation/declaration", STAFF),
            row(POST, "/admin/visits/{id}/reschedule", NETWORK),
            row(POST, "/admin/visits/{id}/cancel", NETWORK),
            row(POST, "/admin/visits/{id}/close", NETWORK),
            // committees: the animator prepares them, the director (chair) records the decisions
            row(GET, "/admin/committees", NETWORK),
            row(POST, "/admin/committees", NETWORK),
            row(GET, "/admin/committees/new", NETWORK),
            row(GET, "/admin/committees/{id:\\d+}", NETWORK),
            row(POST, "/admin/committees/{id:\\d+}", NETWORK),
            row(GET, "/admin/committees/{id:\\d+}/edit", NETWORK),
            row(POST, "/admin/committees/{id:\\d+}/agenda", NETWORK),
            row(POST, "/admin/committees/{id:\\d+}/agenda/{applicationId:\\d+}/remove", NETWORK),
            row(GET, "/admin/committees/{id:\\d+}/decisions/{applicationId:\\d+}", only(As.DIRECTOR, As.ADMIN)),
            row(POST, "/admin/committees/{id:\\d+}/decisions", only(As.DIRECTOR, As.ADMIN)),
            row(GET, "/admin/committees/{id:\\d+}/minutes.pdf", NETWORK),
            row(GET, "/admin/audit", only(As.DIRECTOR, As.ADMIN)),
            row(GET, "/admin/outbox", OUTBOX_READERS),
            row(GET, "/admin/outbox/{id}", OUTBOX_READERS),
            row(GET, "/admin/outbox/{id}/html", OUTBOX_READERS),
            row(GET, "/admin/outbox/{id}/attachments/{position}", OUTBOX_READERS),
            row(POST, "/admin/outbox/{id}/requeue", ADMIN),
            row(POST, "/admin/outbox/{id}/secret-link", ADMIN),
            row(GET, "/admin/territory", STAFF),
            row(POST, "/admin/territory/replace", ADMIN),
            // destination settings
            row(GET, "/admin/settings", DIRECTOR),
            row(GET, "/admin/settings/general", DIRECTOR),
            row(POST, "/admin/settings/general", DIRECTOR),
            row(GET, "/admin/settings/appearance", DIRECTOR),
            row(POST, "/admin/settings/appearance/colours", DIRECTOR),
            row(POST, "/admin/settings/appearance/logo", DIRECTOR),
            row(POST, "/admin/settings/appearance/logo/remove", DIRECTOR),
            row(GET, "/admin/settings/values", DIRECTOR),
            row(POST, "/admin/settings/values", DIRECTOR),
            row(GET, "/admin/settings/values/new", DIRECTOR),
            row(GET, "/admin/settings/values/{id}", DIRECTOR),
            row(POST, "/admin/settings/values/{id}", DIRECTOR),
            row(POST, "/admin/settings/values/{id}/move", DIRECTOR),
            row(POST, "/admin/settings/values/{id}/remove", DIRECTOR),
            row(GET, "/admin/settings/grid", DIRECTOR),
            row(POST, "/admin/settings/grid", DIRECTOR),
            row(GET, "/admin/settings/grid/edit", DIRECTOR),
            row(GET, "/admin/settings/grid/versions/{number}", DIRECTOR),
            row(GET, "/admin/settings/charter", DIRECTOR),
            row(POST, "/admin/settings/charter", DIRECTOR),
            row(GET, "/admin/settings/charter/edit", DIRECTOR),
            row(GET, "/admin/settings/charter/versions/{number}", DIRECTOR),
            row(GET, "/admin/settings/selection", DIRECTOR),
            row(POST, "/admin/settings/selection", DIRECTOR),
            // providers
            row(GET, "/admin/providers", STAFF),
            row(POST, "/admin/providers", NETWORK),
            row(GET, "/admin/providers/{id:\\d+}", STAFF),
            row(POST, "/admin/providers/{id:\\d+}", NETWORK),
            row(GET, "/admin/providers/{id:\\d+}/edit", NETWORK),
            row(POST, "/admin/providers/{id:\\d+}/accounts", NETWORK),
            row(GET, "/admin/providers/new", NETWORK),
            row(GET, "/admin/providers/export.csv", NETWORK),
            row(GET, "/admin/providers/export.xlsx", NETWORK),
            row(GET, "/admin/providers/duplicates", NETWORK),
            row(GET, "/admin/providers/merge", NETWORK),
            row(POST, "/admin/providers/merge", NETWORK),
            row(GET, "/admin/providers/reindex", ADMIN),
            row(POST, "/admin/providers/reindex", ADMIN),
            row(GET, "/admin/providers/reindex/progress", ADMIN),
            // memberships
            row(GET, "/admin/memberships", NETWORK),
            row(GET, "/admin/memberships/{id}", NETWORK),
            row(POST, "/admin/memberships/{id}/commitments", NETWORK),
            row(POST, "/admin/memberships/{id}/suspend", DIRECTOR),
            row(POST, "/admin/memberships/{id}/reinstate", DIRECTOR),
            row(POST, "/admin/memberships/{id}/withdraw", DIRECTOR),
            // dashboard (the panel itself is on /admin)
            row(GET, "/admin/dashboard/ambassadors", NETWORK),
            row(GET, "/admin/dashboard/communes", NETWORK),
            // imports
            row(GET, "/admin/imports", NETWORK),
            row(POST, "/admin/imports", NETWORK),
            row(GET, "/admin/imports/csv-template.csv", NETWORK),
            row(GET, "/admin/imports/{id}", NETWORK),
            row(GET, "/admin/imports/{id}/progress", NETWORK),
            row(GET, "/admin/imports/{id}/report.csv", NETWORK),
            row(POST, "/admin/imports/{id}/rerun", NETWORK));

    /** Paths served by filters and resource handlers rather than controllers, and the deny-by-default rest. */
    static final List<Row> NOT_CONTROLLERS = List.of(
            row(POST, "/login", ANYONE),
            row(POST, "/logout", ANYONE),
            row(GET, "/css/admin.css", ANYONE),
            row(GET, "/webjars/htmx.org/htmx.min.js", ANYONE),
            row(GET, "/actuator/health", ANYONE),
            row(POST, "/actuator/health", NOBODY),
            row(GET, "/actuator/env", NOBODY),
            row(GET, "/no/such/page", NOBODY),
            row(POST, "/admin/no-such-action", NOBODY),
            row(POST, "/admin/audit", NOBODY),
            row(POST, "/admin/territory", NOBODY),
            row(POST, "/admin/outbox", NOBODY),
            row(POST, "/admin/applications", NOBODY),
            row(POST, "/api/v1/applications", NOBODY),
            row(GET, "/api/v1/applications/1/transitions", NOBODY));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    FilterChainProxy securityFilterChain;

    @Test
    void everyMappedRouteHasARowAndEveryRowAMappedRoute() {
        Set<String> mapped = mappedRoutes();
        Set<String> written = EXPECTED.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("routes found").contains("GET /admin/users", "POST /admin/users/{id}/deactivate");

        List<String> missing = mapped.stream()
                .filter(r -> !written.contains(r))
                .map(r -> "row(" + (r.startsWith("* ") ? "ANY" : r.substring(0, r.indexOf(' '))) + ", \""
                        + r.substring(r.indexOf(' ') + 1).replace("\\", "\\\\") + "\", <who may call it>)")
                .toList();
        assertThat(missing)
                .as("mapped routes without a row in RouteSecurityTest.EXPECTED (add these rows by hand)")
                .isEmpty();
        assertThat(written.stream().filter(r -> !mapped.contains(r)).toList())
                .as("rows of RouteSecurityTest.EXPECTED that match no mapped route (remove or correct them)")
                .isEmpty();
    }

    @Test
    void everyRouteIsOpenToExactlyTheExpectedCallers() {
        assertThat(mismatches(EXPECTED))
                .as("access that differs from RouteSecurityTest.EXPECTED")
                .isEmpty();
    }

    @Test
    void filtersResourcesAndUnknownPathsHaveTheExpectedAccess() {
        assertThat(mismatches(NOT_CONTROLLERS))
                .as("access that differs from RouteSecurityTest.NOT_CONTROLLERS")
                .isEmpty();
    }

    @Test
    void samplePathsReplaceVariables() {
        assertThat(samplePath("/admin/users/{id}/deactivate")).isEqualTo("/admin/users/1/deactivate");
        assertThat(samplePath("/x/{id:\\d+}")).isEqualTo("/x/1");
        assertThat(samplePath("/files/{*path}")).isEqualTo("/files/1");
    }

    private List<String> mismatches(List<Row> rows) {
        AuthorizationManager<jakarta.servlet.http.HttpServletRequest> authorization = authorization();
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            List<String> methods =
                    row.method().equals(ANY) ? List.of("GET", "POST", "PUT", "PATCH", "DELETE") : List.of(row.method());
            for (String method : methods) {
                String path = samplePath(row.pattern());
                Map<As, Boolean> wrong = new LinkedHashMap<>();
                for (As as : As.values()) {
                    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                    Supplier<Authentication> who = as::authentication;
                    AuthorizationResult result = authorization.authorize(who, request);
                    boolean granted = result != null && result.isGranted();
                    if (granted != row.allowed().contains(as)) {
                        wrong.put(as, granted);
                    }
                }
                if (!wrong.isEmpty()) {
                    mismatches.add(method + " " + path + " (row " + row.key() + "): "
                            + wrong.entrySet().stream()
                                    .map(e -> e.getKey() + (e.getValue() ? " allowed" : " refused"))
                                    .collect(Collectors.joining(", ")));
                }
            }
        }
        return mismatches;
    }

    /** The authorisation of the application's security filter chain, as it decides for real requests. */
    @SuppressWarnings("unchecked")
    private AuthorizationManager<jakarta.servlet.http.HttpServletRequest> authorization() {
        return securityFilterChain.getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(AuthorizationFilter.class::isInstance)
                .map(f -> ((AuthorizationFilter) f).getAuthorizationManager())
                .findFirst()
                .orElseThrow();
    }

    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    routes.add(ANY + " " + pattern);
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

    static String samplePath(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append('1');
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replace("/**", "/1").replace("/*", "/1");
    }
}
