package fr.ambassade.selection.web;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountPrincipal;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.domain.ApplicationService;
import fr.ambassade.selection.domain.ApplicationView;
import fr.ambassade.selection.domain.Commands;
import fr.ambassade.selection.domain.TestImages;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.Browser;
import fr.ambassade.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The photos of an application on the candidate's pages: JPEG and PNG accepted and stored re-encoded without their
 * EXIF; a text file named .jpg, a seventh photo, a missing description, too many pixels, an oversized file refused
 * beside their field with what was typed kept; read-only after submission; sent only to the candidate and staff
 * (404 for another candidate or a resident, the login page for an anonymous visitor), privately cached; shown to staff
 * on the application file.
 */
@IntegrationTest
class CandidatePhotosWebTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ApplicationService applications;

    @Autowired
    DestinationSettings settings;

    @Autowired
    AmbassadeProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultResponseCharacterEncoding(StandardCharsets.UTF_8)
                .build();
    }

    AccountView account(Role role, long... establishments) {
        String email = "photo-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
        return accounts.create(email, "Candidate " + email, Locale.FRENCH, Set.of(role), null, establishments);
    }

    Authentication auth(AccountView a) {
        AccountPrincipal p = accounts.principal(a.id());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    <T> T as(AccountView a, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(auth(a));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    MockHttpServletResponse perform(AccountView who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(auth(who))).with(csrf()))
                .andReturn()
                .getResponse();
    }

    String page(AccountView who, String path) throws Exception {
        MockHttpServletResponse r = perform(who, get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    /** A candidate managing a new establishment, and their draft for it. */
    record Draft(AccountView candidate, long providerId, long id) {
        String base() {
            return "/espace/candidature/" + id;
        }
    }

    Draft draft() {
        long providerId =
                providers.save(aProvider().named(unique("Gîte photogénique"))).id();
        AccountView me = account(Role.PROVIDER, providerId);
        ApplicationView d =
                as(me, () -> applications.createDraft(new Commands.NewApplication(null, providerId, null, null, null)));
        return new Draft(me, providerId, d.id());
    }

    MockHttpServletResponse upload(AccountView who, long id, String filename, byte[] content, String alt)
            throws Exception {
        return uploaded(who, id, filename, content, alt).getResponse();
    }

    MvcResult uploaded(AccountView who, long id, String filename, byte[] content, String alt) throws Exception {
        return mvc.perform(multipart("/espace/candidature/" + id + "/photos")
                        .file(new MockMultipartFile("file", filename, "image/jpeg", content))
                        .param("altText", alt)
                        .with(authentication(auth(who)))
                        // a multipart form carries its token in its URL (or a header): the check never reads the body
                        .with(csrf().asHeader()))
                .andReturn();
    }

    List<Map<String, Object>> rows(long id) {
        return jdbc.queryForList("select * from application_photo where application_id = ? order by id", id);
    }

    Path stored(long id, long photoId, String variant, String extension) {
        return properties
                .dataDir()
                .resolve("media/applications/" + id + "/" + photoId + "-" + variant + "." + extension);
    }

    static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aJpegWithExifAndAPngAreStoredReencodedAndShown() throws Exception {
        Draft d = draft();
        byte[] jpeg = TestImages.jpegWithExif(TestImages.jpeg(2400, 1200), 1);
        assertThat(TestImages.hasExif(jpeg)).isTrue();

        assertThat(upload(d.candidate(), d.id(), "terrasse.jpg", jpeg, "La terrasse au soleil")
                        .getRedirectedUrl())
                .isEqualTo(d.base());
        // a PNG sent with a .jpg name and a JPEG type: the content decides
        assertThat(upload(d.candidate(), d.id(), "logo.jpg", TestImages.png(500, 400), "Notre enseigne")
                        .getRedirectedUrl())
                .isEqualTo(d.base());

        List<Map<String, Object>> rows = rows(d.id());
        assertThat(rows).hasSize(2);
        Map<String, Object> first = rows.get(0);
        long jpegId = ((Number) first.get("id")).longValue();
        assertThat(first.get("alt_text")).isEqualTo("La terrasse au soleil");
        assertThat(first.get("content_type")).isEqualTo("image/jpeg");
        assertThat(first.get("width")).isEqualTo(1600);
        assertThat(first.get("height")).isEqualTo(800);
        assertThat(first.get("thumb_width")).isEqualTo(320);
        Map<String, Object> second = rows.get(1);
        long pngId = ((Number) second.get("id")).longValue();
        assertThat(second.get("content_type")).isEqualTo("image/png");
        assertThat(second.get("width")).isEqualTo(500);

        // the stored files: re-encoded, no EXIF, outside the static resources, the sizes the row says
        byte[] storedDisplay = Files.readAllBytes(stored(d.id(), jpegId, "display", "jpg"));
        byte[] storedThumb = Files.readAllBytes(stored(d.id(), jpegId, "thumb", "jpg"));
        assertThat(TestImages.hasExif(storedDisplay)).isFalse();
        assertThat(TestImages.hasExif(storedThumb)).isFalse();
        assertThat(((Number) first.get("bytes")).longValue()).isEqualTo(storedDisplay.length);
        assertThat(decode(storedDisplay).getWidth()).isEqualTo(1600);
        assertThat(decode(storedThumb).getWidth()).isEqualTo(320);
        assertThat(Files.exists(stored(d.id(), pngId, "display", "png"))).isTrue();

        String html = page(d.candidate(), d.base());
        assertThat(html)
                .contains("src=\"/espace/candidature/" + d.id() + "/photos/" + jpegId + "/vignette\"")
                .contains("alt=\"La terrasse au soleil\"")
                .contains("href=\"/espace/candidature/" + d.id() + "/photos/" + jpegId + "\"")
                .contains("alt=\"Notre enseigne\"")
                .contains("width=\"320\" height=\"160\"")
                .contains("/photos/" + pngId + "/retrait");

        MockHttpServletResponse thumb = perform(d.candidate(), get(d.base() + "/photos/" + jpegId + "/vignette"));
        assertThat(thumb.getStatus()).isEqualTo(200);
        assertThat(thumb.getContentType()).isEqualTo("image/jpeg");
        assertThat(thumb.getHeader("Cache-Control")).contains("private").doesNotContain("public");
        assertThat(thumb.getContentAsByteArray()).isEqualTo(storedThumb);
        MockHttpServletResponse png = perform(d.candidate(), get(d.base() + "/photos/" + pngId));
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(decode(png.getContentAsByteArray()).getColorModel().hasAlpha())
                .isTrue();

        assertThat(jdbc.queryForList(
                        "select action from audit_entry where object_type = 'Application' and object_id = ?",
                        String.class,
                        String.valueOf(d.id())))
                .contains("PHOTO_ADDED");
    }

    @Test
    void theCandidateRemovesAPhotoAndItsFiles() throws Exception {
        Draft d = draft();
        upload(d.candidate(), d.id(), "a.jpg", TestImages.jpeg(200, 100), "Le jardin");
        long photoId = ((Number) rows(d.id()).get(0).get("id")).longValue();
        assertThat(Files.exists(stored(d.id(), photoId, "display", "jpg"))).isTrue();

        assertThat(perform(d.candidate(), post(d.base() + "/photos/" + photoId + "/retrait"))
                        .getRedirectedUrl())
                .isEqualTo(d.base());

        assertThat(rows(d.id())).isEmpty();
        assertThat(Files.exists(stored(d.id(), photoId, "display", "jpg"))).isFalse();
        assertThat(Files.exists(stored(d.id(), photoId, "thumb", "jpg"))).isFalse();
        assertThat(perform(d.candidate(), get(d.base() + "/photos/" + photoId)).getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where object_type = 'Application' and object_id = ?",
                        String.class,
                        String.valueOf(d.id())))
                .contains("PHOTO_ADDED", "PHOTO_REMOVED");
    }

    @Test
    void aTextFileNamedJpgIsRefusedBesideTheFieldAndTheDescriptionIsKept() throws Exception {
        Draft d = draft();

        MockHttpServletResponse refused = upload(
                d.candidate(),
                d.id(),
                "photo.jpg",
                "Ceci est un texte, pas une photo.".getBytes(StandardCharsets.UTF_8),
                "Ma description, tapee avant");

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"file-error\"")
                .contains("n’est pas une photo JPEG ou PNG complète et lisible")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"Ma description, tapee avant\"");
        assertThat(rows(d.id())).isEmpty();
    }

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        Draft d = draft();
        String html = upload(
                        d.candidate(),
                        d.id(),
                        "coupee.jpg",
                        TestImages.truncated(TestImages.jpeg(800, 600), 0.5),
                        "Une photo coupée")
                .getContentAsString();
        assertThat(html).contains("id=\"file-error\"", "n’est pas une photo JPEG ou PNG complète");
        assertThat(rows(d.id())).isEmpty();
    }

    @Test
    void aMissingDescriptionIsRefusedBesideItsField() throws Exception {
        Draft d = draft();
        MockHttpServletResponse refused = upload(d.candidate(), d.id(), "a.jpg", TestImages.jpeg(200, 100), "   ");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"altText-error\"")
                .contains("Décrivez la photo en quelques mots");
        assertThat(rows(d.id())).isEmpty();
    }

    @Test
    void tooManyPixelsAreRefusedWithTheFigures() throws Exception {
        Draft d = draft();
        String html = upload(d.candidate(), d.id(), "immense.png", TestImages.pngHeaderClaiming(10_000, 5_000), "Vue")
                .getContentAsString();
        assertThat(html)
                .contains("id=\"file-error\"")
                .contains("Cette photo mesure 10000 × 5000 pixels (50 mégapixels)")
                .contains("ne peut dépasser 40 mégapixels");
        assertThat(rows(d.id())).isEmpty();
    }

    @Test
    void aFileOverEightMegabytesIsRefusedWithItsSize() throws Exception {
        Draft d = draft();
        byte[] large = new byte[8 * 1024 * 1024 + 10 * 1024];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;
        String html =
                upload(d.candidate(), d.id(), "lourde.jpg", large, "Lourde").getContentAsString();
        assertThat(html)
                .contains("id=\"file-error\"")
                .contains("Cette photo pèse 8 Mo")
                .contains("ne peut dépasser 8 Mo");
        assertThat(rows(d.id())).isEmpty();
    }

    @Test
    void aSeventhPhotoIsRefused() throws Exception {
        Draft d = draft();
        byte[] small = TestImages.jpeg(64, 48);
        for (int i = 1; i <= 6; i++) {
            assertThat(upload(d.candidate(), d.id(), i + ".jpg", small, "Photo " + i)
                            .getRedirectedUrl())
                    .isEqualTo(d.base());
        }
        assertThat(page(d.candidate(), d.base())).contains("id=\"photos-full\"").doesNotContain("id=\"photo-form\"");

        MockHttpServletResponse refused = upload(d.candidate(), d.id(), "7.jpg", small, "Photo de trop");

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"file-error\"")
                .contains("Une candidature compte au plus 6 photos")
                .contains("value=\"Photo de trop\"");
        assertThat(rows(d.id())).hasSize(6);
    }

    @Test
    void afterSubmissionThePhotosAreReadOnly() throws Exception {
        Draft d = draft();
        upload(d.candidate(), d.id(), "a.jpg", TestImages.jpeg(200, 100), "La salle");
        long photoId = ((Number) rows(d.id()).get(0).get("id")).longValue();
        Map<String, String> assessment = new LinkedHashMap<>();
        settings.values().forEach(v -> assessment.put(v.code(), "Au quotidien : " + v.code()));
        as(d.candidate(), () -> {
            ApplicationView a = applications.get(d.id());
            ApplicationView edited = applications.editDraft(
                    new Commands.DraftChange(d.id(), a.version(), "Motivation", assessment, d.providerId()));
            return applications.submit(new Commands.Step(d.id(), edited.version(), null));
        });
        assertThat(applications.get(d.id()).state()).isEqualTo(ApplicationState.SUBMITTED);

        String html = page(d.candidate(), d.base());
        assertThat(html)
                .contains("alt=\"La salle\"")
                .doesNotContain("id=\"photo-form\"")
                .doesNotContain("/retrait\"><button");
        MvcResult late = uploaded(d.candidate(), d.id(), "b.jpg", TestImages.jpeg(200, 100), "Trop tard");
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo(d.base());
        assertThat(String.valueOf(late.getFlashMap().get("flashError")))
                .contains("Seule une candidature en brouillon peut être modifiée");
        MvcResult remove = mvc.perform(post(d.base() + "/photos/" + photoId + "/retrait")
                        .with(authentication(auth(d.candidate())))
                        .with(csrf()))
                .andReturn();
        assertThat(remove.getResponse().getRedirectedUrl()).isEqualTo(d.base());
        assertThat(String.valueOf(remove.getFlashMap().get("flashError")))
                .contains("Seule une candidature en brouillon peut être modifiée");
        assertThat(rows(d.id())).hasSize(1);
    }

    @Test
    void onlyTheCandidateAndStaffGetThePhotos() throws Exception {
        Draft d = draft();
        upload(d.candidate(), d.id(), "a.jpg", TestImages.jpeg(200, 100), "La façade");
        long photoId = ((Number) rows(d.id()).get(0).get("id")).longValue();
        String display = d.base() + "/photos/" + photoId;
        String thumbnail = display + "/vignette";

        AccountView other = account(Role.PROVIDER);
        AccountView resident = account(Role.RESIDENT);
        for (AccountView stranger : List.of(other, resident)) {
            assertThat(perform(stranger, get(display)).getStatus()).isEqualTo(404);
            assertThat(perform(stranger, get(thumbnail)).getStatus()).isEqualTo(404);
        }
        assertThat(upload(other, d.id(), "b.jpg", TestImages.jpeg(200, 100), "Intrus")
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(other, post(display + "/retrait")).getStatus()).isEqualTo(404);
        // a photo id of another application under this one's path
        Draft theirs = draft();
        upload(theirs.candidate(), theirs.id(), "c.jpg", TestImages.jpeg(200, 100), "Leur photo");
        long theirPhoto = ((Number) rows(theirs.id()).get(0).get("id")).longValue();
        assertThat(perform(d.candidate(), get(d.base() + "/photos/" + theirPhoto))
                        .getStatus())
                .isEqualTo(404);
        assertThat(rows(d.id())).hasSize(1);

        assertThat(mvc.perform(get(display)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get(thumbnail)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");

        AccountView counselor = account(Role.COUNSELOR);
        MockHttpServletResponse staff = perform(counselor, get(display));
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getContentType()).isEqualTo("image/jpeg");
        assertThat(staff.getHeader("Cache-Control")).contains("private");

        AccountView animator = account(Role.ANIMATOR);
        assertThat(page(animator, "/admin/applications/" + d.id()))
                .contains("src=\"" + thumbnail + "\"")
                .contains("href=\"" + display + "\"")
                .contains("alt=\"La façade\"");
    }

    @Test
    void anUploadOverTheRouteLimitIsSentBackToTheFileWithTheLimit() throws Exception {
        // on the running Tomcat: the route's limit (8 MB and the form's envelope) is checked before the body is read
        long providerId =
                providers.save(aProvider().named(unique("Gîte trop lourd"))).id();
        String password = "correct horse battery staple";
        String email = "photo-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
        AccountView me = accounts.create(
                email, "Candidate lourde", Locale.FRENCH, Set.of(Role.PROVIDER), encoder.encode(password), providerId);
        ApplicationView d =
                as(me, () -> applications.createDraft(new Commands.NewApplication(null, providerId, null, null, null)));
        Browser browser = Browser.signIn(port, email, password);
        String base = "/espace/candidature/" + d.id();
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(base + "/photos") + "\\?_csrf=[^\"]+)\"")
                .matcher(browser.get(base).body());
        assertThat(action.find()).as("photo form action with its token").isTrue();

        HttpResponse<String> refused = browser.postMultipart(
                action.group(1).replace("&amp;", "&"), "file", "enorme.jpg", new byte[9 * 1024 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue(base);
        assertThat(browser.get(base).body()).contains("Le fichier dépasse la taille maximale de 8 Mo");
        assertThat(rows(d.id())).isEmpty();
    }
}
