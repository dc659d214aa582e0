package fr.ambassade.selection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.selection.SelectionRoles;
import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may call the staff's application API, route by route and role by role (as {@code BackOfficeAccessTest} does
 * for the pages): anonymous callers get 401, the roles a route does not admit — candidates (PROVIDER) and residents
 * always — 403, the others reach the controller. Over real HTTP: the 401 and 403 bodies are problem+json in the
 * caller's language, and a signed-in animator's write needs the CSRF token of the session (read from a page).
 */
@IntegrationTest
class ApplicationsApiAccessTest {

    static final String PASSWORD = "api-access-secret";

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    StaffScreensFixture fixture;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** Rows: a request (an unknown id: nothing changes even when allowed) and the roles that may send it. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/applications", SelectionRoles.READERS),
                Arguments.of("GET", "/api/v1/applications?state=SUBMITTED", SelectionRoles.READERS),
                Arguments.of("GET", "/api/v1/applications/999999999", SelectionRoles.MANAGERS),
                Arguments.of("POST", "/api/v1/applications/999999999/transitions", SelectionRoles.MANAGERS));
    }

    static Stream<Arguments> cells() {
        return routes().flatMap(row -> {
            Object[] r = row.get();
            return Stream.concat(
                    Stream.of(Arguments.of(r[0], r[1], r[2], null)),
                    Stream.of(Role.values()).map(role -> Arguments.of(r[0], r[1], r[2], role)));
        });
    }

    @ParameterizedTest(name = "{0} {1} as {3}")
    @MethodSource("cells")
    void eachRouteIsOpenOnlyToItsRoles(String method, String path, Set<Role> allowed, Role role) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? get(path)
                : post(path)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"transition\":\"START_REVIEW\",\"version\":0}");
        if (role != null) {
            request = request.with(
                    user(role.name().toLowerCase() + "@api-access.test").roles(role.name()));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (role == null) {
            assertThat(status).as("anonymous").isEqualTo(401);
        } else if (allowed.contains(role)) {
            assertThat(status).as("reaches the controller").isIn(200, 404);
        } else {
            assertThat(status).isEqualTo(403);
        }
    }

    @Test
    void anonymousCallersGetA401ProblemInTheirLanguage() throws Exception {
        HttpResponse<String> en = http().send(
                        HttpRequest.newBuilder(url("/api/v1/applications"))
                                .header("Accept", "application/json")
                                .header("Accept-Language", "en-GB,en;q=0.8")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(en.statusCode()).isEqualTo(401);
        assertThat(en.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(en.body())
                .contains("\"status\":401")
                .contains("\"title\":\"Authentication required\"")
                .contains("\"detail\":\"Sign in with a staff account")
                .contains("\"instance\":\"/api/v1/applications\"");

        HttpResponse<String> fr = http().send(
                        HttpRequest.newBuilder(url("/api/v1/applications/1"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(fr.statusCode()).isEqualTo(401);
        assertThat(fr.body()).contains("\"title\":\"Authentification requise\"");
    }

    @Test
    void aCandidateAccountIsRefusedWithA403ProblemAndSeesNoScore() throws Exception {
        File file = fixture.evaluated("Api candidate refused", fixture.staff(Role.ANIMATOR));
        HttpClient candidate = signedIn(Role.PROVIDER);
        for (String path : new String[] {"/api/v1/applications", "/api/v1/applications/" + file.id()}) {
            HttpResponse<String> r = candidate.send(
                    HttpRequest.newBuilder(url(path))
                            .header("Accept", "application/json")
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            assertThat(r.body())
                    .contains("\"status\":403", "\"title\":\"Access denied\"", "\"detail\":")
                    .doesNotContain("score", "scorePercent");
        }
    }

    @Test
    void aSignedInAnimatorWritesWithTheSessionsCsrfTokenAndIsRefusedWithoutIt() throws Exception {
        File file = fixture.submitted("Api csrf over http");
        HttpClient animator = signedIn(Role.ANIMATOR);
        long version = fixture.application(file.id()).version();
        String body = "{\"transition\":\"START_REVIEW\",\"version\":" + version + "}";

        HttpResponse<String> without = animator.send(
                HttpRequest.newBuilder(url("/api/v1/applications/" + file.id() + "/transitions"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");

        String token = csrfToken(animator, "/admin/applications/" + file.id());
        HttpResponse<String> with = animator.send(
                HttpRequest.newBuilder(url("/api/v1/applications/" + file.id() + "/transitions"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
        assertThat(with.body()).contains("\"state\":\"UNDER_REVIEW\"");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client signed in through the login form as a new account with this role. */
    private HttpClient signedIn(Role role) throws Exception {
        String email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@access.test";
        accounts.create(email, "Api " + role, Locale.ENGLISH, Set.of(role), passwordEncoder.encode(PASSWORD));
        HttpClient client = http();
        String token = csrfToken(client, "/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in").isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
        return client;
    }

    /** The CSRF token of the client's session, as a page's form carries it. */
    private String csrfToken(HttpClient client, String page) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(url(page)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(page).isEqualTo(200);
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as("a form with the CSRF token on " + page).isTrue();
        return m.group(1);
    }
}
