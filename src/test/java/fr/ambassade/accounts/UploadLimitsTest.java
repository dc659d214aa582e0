package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.Browser;
import fr.ambassade.support.IntegrationTest;
import fr.ambassade.support.RawHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Upload limits on the running Tomcat (not MockMvc: what matters is what the container reads and spools). The
 * requests announce a large body and send none of it: a refusal that comes back proves that nothing waited
 * for, read or spooled the body.
 */
@IntegrationTest
class UploadLimitsTest {

    static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;
    static final String MULTIPART = Browser.MULTIPART;
    static final String FORM = Browser.FORM;

    @LocalServerPort
    int port;

    @Autowired
    AmbassadeProperties properties;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    PasswordEncoder encoder;

    RawHttp raw;
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
        accounts = new TestAccounts(fixtures, encoder);
    }

    Path uploads() {
        return properties.dataDir().resolve("uploads").toAbsolutePath();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/login, " + FORM,
        "/password/forgot, " + MULTIPART,
        "/admin/imports, " + MULTIPART,
        "/en/admin/imports, " + MULTIPART,
        "/, " + FORM,
        "/no-such-page, " + MULTIPART,
    })
    void anAnonymousFiftyMegabytePostIsRefusedAtOnceAndWritesNothing(String path, String contentType) throws Exception {
        RawHttp.Answer answer = raw.post(path, contentType, FIFTY_MEGABYTES, Map.of());

        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertRefusedWithoutTakingTheBody(answer);
        assertThat(uploads()).isEmptyDirectory();
    }

    @Test
    void anAnonymousMultipartBodyWithoutALengthIsRefused() throws Exception {
        RawHttp.Answer answer = raw.post("/admin/imports", MULTIPART, -1, Map.of());

        assertThat(answer.status()).as(answer.head()).isEqualTo(411);
        assertRefusedWithoutTakingTheBody(answer);
        assertThat(uploads()).isEmptyDirectory();
    }

    @ParameterizedTest
    @CsvSource({"/admin/imports", "/admin/territory/replace"})
    void aSignedInCounselorCannotGetABigBodySpooledOnAnUploadRouteThatIsNotTheirs(String path) throws Exception {
        Browser counselor = signIn(accounts.create(Role.COUNSELOR));
        String token = counselor.csrfTokenOf("/admin");

        RawHttp.Answer answer = raw.post(
                path + "?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                MULTIPART,
                FIFTY_MEGABYTES,
                Map.of("Cookie", counselor.sessionCookie()));

        assertThat(answer.status()).as(answer.head()).isEqualTo(403);
        assertRefusedWithoutTakingTheBody(answer);
        assertThat(uploads()).isEmptyDirectory();
    }

    @Test
    void aSignedInDirectorCannotSendFiftyMegabytesToARouteWithoutUpload() throws Exception {
        Browser director = signIn(accounts.create(Role.DIRECTOR));
        String token = director.csrfTokenOf("/admin");

        RawHttp.Answer answer = raw.post(
                "/admin/settings/general?_csrf=" + token,
                MULTIPART,
                FIFTY_MEGABYTES,
                Map.of("Cookie", director.sessionCookie()));

        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertThat(uploads()).isEmptyDirectory();
    }

    @Test
    void aLogoOverFiveMegabytesIsSentBackToTheFormWithTheLimit() throws Exception {
        Browser director = signIn(accounts.create(Role.DIRECTOR));
        String page = director.get("/admin/settings/appearance").body();
        // the no-JavaScript form carries its CSRF token in its action URL
        Matcher action = Pattern.compile("action=\"(/admin/settings/appearance/logo\\?_csrf=[^\"]+)\"")
                .matcher(page);
        assertThat(action.find()).as("logo form action with its token").isTrue();
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];

        HttpResponse<String> refused =
                director.postMultipart(action.group(1).replace("&amp;", "&"), "logo", "logo.png", sixMegabytes);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue("/admin/settings/appearance");
        assertThat(director.get("/admin/settings/appearance").body())
                .contains("Le fichier dépasse la taille maximale de 5 Mo pour ce formulaire");
        assertThat(uploads()).isEmptyDirectory();
    }

    /** The container may swallow a little (2 MB) so that a browser sees the answer, then closes. */
    static void assertRefusedWithoutTakingTheBody(RawHttp.Answer answer) {
        assertThat(answer.closedByServer())
                .as("the server closes the connection\n" + answer.head())
                .isTrue();
        assertThat(answer.bodyBytesTaken())
                .as("body bytes taken before closing")
                .isLessThan(16L * 1024 * 1024);
    }

    Browser signIn(AccountView account) throws Exception {
        return Browser.signIn(port, account.email(), TestAccounts.PASSWORD);
    }
}
