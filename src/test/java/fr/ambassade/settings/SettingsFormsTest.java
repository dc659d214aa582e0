package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.settings.domain.SettingsService;
import fr.ambassade.shared.i18n.LanguagePrefixFilter;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** Bad input on every settings form: the message beside the field, what was typed kept, nothing saved. */
@IntegrationTest
class SettingsFormsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DestinationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsService service;

    MockMvc mvc;

    static final RequestPostProcessor DIRECTOR =
            user("director-test@demo.ambassade.test").roles("DIRECTOR");

    @BeforeEach
    void setUp() {
        // the language prefix filter strips /en and /nl, as in the running application
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(LanguagePrefixFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** The general form as currently saved, with the given fields replaced. */
    MockHttpServletRequestBuilder generalForm(String... overrides) {
        Destination d = settings.current();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(d.version()));
        fields.put("name", d.name());
        fields.put("brandName", d.brandName());
        fields.put("tagline.fr", d.tagline().fr());
        fields.put("tagline.en", d.tagline().en());
        fields.put("tagline.nl", d.tagline().nl());
        fields.put(
                "contactEmail", d.contact().email() == null ? "" : d.contact().email());
        fields.put("timeZone", d.timeZone().getId());
        fields.put("passThresholdPercent", d.passThresholdPercent().toPlainString());
        fields.put("renewalMonths", String.valueOf(d.renewalMonths()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder post =
                post("/admin/settings/general").with(DIRECTOR).with(csrf()).param("otherLanguages", "en", "nl");
        fields.forEach(post::param);
        return post;
    }

    @Test
    void onlyTheDirectorSeesTheSettings() throws Exception {
        mvc.perform(get("/admin/settings").with(user("animator@x.test").roles("ANIMATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings/grid").with(user("animator@x.test").roles("ANIMATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings/general")
                        .with(user("animator@x.test").roles("ANIMATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings")).andExpect(status().is3xxRedirection());
        for (String page : List.of(
                "",
                "/general",
                "/appearance",
                "/values",
                "/values/new",
                "/grid",
                "/grid/edit",
                "/charter",
                "/charter/edit")) {
            mvc.perform(get("/admin/settings" + page).with(DIRECTOR)).andExpect(status().isOk());
        }
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(generalForm()
                        .with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEmptyBrandIsRefusedBesideTheFieldAndTheTypedValuesAreKept() throws Exception {
        String before = settings.current().brandName();
        mvc.perform(generalForm("brandName", "  ", "name", "Nom tapé à conserver"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"brandName-error\"")))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")))
                .andExpect(content().string(containsString("aria-describedby=\"brandName-error\"")))
                .andExpect(content()
                        .string(containsString("value=\"" + HtmlUtils.htmlEscape("Nom tapé à conserver") + "\"")));
        assertThat(settings.current().brandName()).isEqualTo(before);
    }

    @Test
    void aThresholdAbove100IsRefused() throws Exception {
        mvc.perform(generalForm("passThresholdPercent", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"passThresholdPercent-error\"")))
                .andExpect(content().string(containsString("Le seuil est un pourcentage compris entre 0 et 100.")))
                .andExpect(content().string(containsString("value=\"120\"")));
        mvc.perform(generalForm("passThresholdPercent", "beaucoup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un nombre.")));
    }

    @Test
    void anUnknownTimeZoneAndABadRenewalPeriodAreRefused() throws Exception {
        mvc.perform(generalForm("timeZone", "Europe/Béthune", "renewalMonths", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fuseau horaire inconnu")))
                .andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape("Europe/Béthune") + "\"")))
                .andExpect(content().string(containsString("La durée est un nombre de mois compris entre 1 et 120.")));
    }

    @Test
    void aStaleFormOverwritesNothing() throws Exception {
        Destination d = settings.current();
        mvc.perform(generalForm("version", String.valueOf(d.version() - 1), "brandName", "Marque écrasée"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiés entre-temps")))
                .andExpect(
                        content().string(containsString("value=\"" + HtmlUtils.htmlEscape("Marque écrasée") + "\"")));
        assertThat(settings.current().brandName()).isEqualTo(d.brandName());
    }

    @Test
    void lowContrastColoursAreRefusedWithTheRatio() throws Exception {
        Destination d = settings.current();
        mvc.perform(post("/admin/settings/appearance/colours")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("textColour", "#777777")
                        .param("backgroundColour", "#ffffff")
                        .param("accentTextColour", "#ffffff")
                        .param("accentBackgroundColour", "#8a1538"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"textColour-error\"")))
                .andExpect(content().string(containsString("4,47:1")))
                .andExpect(content().string(containsString("value=\"#777777\"")));
        assertThat(settings.current().colours().text()).isEqualTo(d.colours().text());
        mvc.perform(post("/admin/settings/appearance/colours")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("textColour", "rouge")
                        .param("backgroundColour", "#ffffff")
                        .param("accentTextColour", "#ffffff")
                        .param("accentBackgroundColour", "#8a1538"))
                .andExpect(content().string(containsString("Saisissez une couleur au format #rrggbb.")))
                .andExpect(content().string(containsString("value=\"rouge\"")));
    }

    @Test
    void aLogoThatIsNotAnImageIsRefused() throws Exception {
        MockMultipartFile fake = new MockMultipartFile(
                "logo", "logo.png", "image/png", "I am text pretending to be a PNG".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(fake)
                        .with(DIRECTOR)
                        .with(csrf().asHeader())
                        .param("version", String.valueOf(settings.current().version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"logo-error\"")))
                .andExpect(content().string(containsString("pas une image PNG, JPEG ou SVG lisible")));
    }

    @Test
    void anSvgWithScriptIsRefused() throws Exception {
        MockMultipartFile svg = new MockMultipartFile(
                "logo",
                "logo.svg",
                "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(svg)
                        .with(DIRECTOR)
                        .with(csrf().asHeader())
                        .param("version", String.valueOf(settings.current().version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("contient du script")));
    }

    @Test
    void aValueWithoutFrenchNameIsRefused() throws Exception {
        mvc.perform(post("/admin/settings/values")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("code", "")
                        .param("name.fr", "")
                        .param("name.en", "English only")
                        .param("description.fr", "Texte gardé"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name.fr-error\"")))
                .andExpect(content().string(containsString("value=\"English only\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape("Texte gardé"))));
    }

    /** Posts the current grid, criterion by criterion, with one field of one row replaced. */
    MockHttpServletRequestBuilder gridForm(int row, String field, String value) {
        Grid grid = settings.currentGrid();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOnVersion", String.valueOf(grid.version()));
        for (int i = 0; i < grid.criteria().size(); i++) {
            GridCriterion c = grid.criteria().get(i);
            String p = "criteria[" + i + "].";
            fields.put(p + "position", String.valueOf(i + 1));
            fields.put(p + "valueCode", c.valueCode());
            fields.put(p + "label.fr", c.label().fr());
            fields.put(p + "label.en", c.label().en());
            fields.put(p + "label.nl", c.label().nl());
            fields.put(p + "weight", c.weight().toPlainString());
            if (c.mandatory()) {
                fields.put(p + "mandatory", "true");
            }
        }
        if (row >= 0) {
            fields.put("criteria[" + row + "]." + field, value);
        } else if (field != null) {
            fields.put(field, value);
        }
        MockHttpServletRequestBuilder post =
                post("/admin/settings/grid").with(DIRECTOR).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    @Test
    void aWeightOfZeroOrLessIsRefused() throws Exception {
        int before = settings.currentGrid().version();
        mvc.perform(gridForm(1, "weight", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"criteria1.weight-error\"")))
                .andExpect(content().string(containsString("Le poids doit être un nombre strictement positif.")))
                .andExpect(content().string(containsString("value=\"0\"")));
        mvc.perform(gridForm(0, "weight", "-2"))
                .andExpect(content().string(containsString("value=\"-2\"")))
                .andExpect(content().string(containsString("Le poids doit être un nombre strictement positif.")));
        assertThat(settings.currentGrid().version()).isEqualTo(before);
    }

    @Test
    void editingTheGridWritesANewVersionAndTheOldOneStaysReadable() throws Exception {
        Grid old = settings.currentGrid();
        String label = old.criteria().get(0).label().fr();
        mvc.perform(gridForm(-1, null, null))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings/grid"));
        Grid current = settings.currentGrid();
        assertThat(current.version()).isEqualTo(old.version() + 1);
        assertThat(current.criteria()).hasSameSizeAs(old.criteria());
        assertThat(current.criteria().get(0).id())
                .isNotEqualTo(old.criteria().get(0).id());
        assertThat(settings.grid(old.version()).criteria()).isEqualTo(old.criteria());
        mvc.perform(get("/admin/settings/grid/versions/" + old.version()).with(DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ancienne version")))
                .andExpect(content().string(containsString(label)));
        mvc.perform(get("/admin/settings/grid/versions/99999").with(DIRECTOR)).andExpect(status().isNotFound());
        // a form based on the old version is now stale
        mvc.perform(gridForm(-1, "basedOnVersion", String.valueOf(old.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiés entre-temps")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Grid' and object_id = ?",
                        Integer.class,
                        String.valueOf(current.version())))
                .isEqualTo(1);
    }

    @Test
    void editingTheCharterWritesANewVersion() throws Exception {
        Charter old = settings.currentCharter();
        MockHttpServletRequestBuilder post = post("/admin/settings/charter")
                .with(DIRECTOR)
                .with(csrf())
                .param("basedOnVersion", String.valueOf(old.version()));
        for (int i = 0; i < old.commitments().size(); i++) {
            post.param("commitments[" + i + "].position", String.valueOf(i + 1))
                    .param("commitments[" + i + "].fr", old.commitments().get(i).fr())
                    .param("commitments[" + i + "].en", old.commitments().get(i).en())
                    .param("commitments[" + i + "].nl", old.commitments().get(i).nl());
        }
        mvc.perform(post).andExpect(status().is3xxRedirection());
        assertThat(settings.currentCharter().version()).isEqualTo(old.version() + 1);
        assertThat(settings.currentCharter().commitments()).isEqualTo(old.commitments());
        assertThat(settings.charter(old.version()).commitments()).isEqualTo(old.commitments());
    }

    @Test
    void aCharterCommitmentWithoutFrenchIsRefused() throws Exception {
        mvc.perform(post("/admin/settings/charter")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param(
                                "basedOnVersion",
                                String.valueOf(settings.currentCharter().version()))
                        .param("commitments[0].fr", "")
                        .param("commitments[0].en", "English commitment kept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"commitments0.fr-error\"")))
                .andExpect(content().string(containsString("English commitment kept")));
    }

    @Test
    void themeAndHomeArePublic() throws Exception {
        Destination d = settings.current();
        mvc.perform(get("/brand/theme.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/css")))
                .andExpect(content()
                        .string(containsString("--brand-fg:" + d.colours().text())));
        mvc.perform(get("/brand/logo")).andExpect(status().is(d.hasLogo() ? 200 : 404));
        mvc.perform(get("/nl/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(d.brandName())))
                .andExpect(content().string(containsString(d.tagline().get("nl"))))
                .andExpect(content().string(containsString("/brand/theme.css")))
                .andExpect(content().string(not(containsString("style=\""))));
        mvc.perform(get("/devenir-ambassadeur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Devenir ambassadeur")));
        mvc.perform(get("/en/habitants"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("residents")));
    }

    @Test
    void aRealLogoIsReencodedServedPubliclyAndCanBeRemoved() throws Exception {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(12, 6, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        // named .jpg on purpose: the content decides
        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(new MockMultipartFile("logo", "logo.jpg", "image/jpeg", png.toByteArray()))
                        .with(DIRECTOR)
                        .with(csrf().asHeader())
                        .param("version", String.valueOf(settings.current().version())))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.current().logoMediaType()).isEqualTo("image/png");
        mvc.perform(get("/brand/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/")).andExpect(content().string(containsString("/brand/logo?v=")));

        mvc.perform(multipart("/admin/settings/appearance/logo")
                        .file(new MockMultipartFile(
                                "logo",
                                "logo.svg",
                                "image/svg+xml",
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><circle r=\"2\" cx=\"2\" cy=\"2\"/></svg>"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(DIRECTOR)
                        .with(csrf().asHeader())
                        .param("version", String.valueOf(settings.current().version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/brand/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")));

        mvc.perform(post("/admin/settings/appearance/logo/remove")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("version", String.valueOf(settings.current().version())))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.current().hasLogo()).isFalse();
        mvc.perform(get("/brand/logo")).andExpect(status().isNotFound());
    }

    @Test
    void aValidChangeIsSavedAuditedAndCanBeRestored() throws Exception {
        Destination before = settings.current();
        mvc.perform(generalForm("passThresholdPercent", "65.5", "renewalMonths", "24"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings/general"));
        assertThat(settings.current().passThresholdPercent()).isEqualByComparingTo("65.5");
        assertThat(settings.current().renewalMonths()).isEqualTo(24);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Destination' "
                                + "and actor = 'unknown' and changes::text like '%renewalMonths%'",
                        Integer.class))
                .isPositive();
        mvc.perform(generalForm(
                        "passThresholdPercent",
                        before.passThresholdPercent().toPlainString(),
                        "renewalMonths",
                        String.valueOf(before.renewalMonths())))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.current().passThresholdPercent()).isEqualByComparingTo(before.passThresholdPercent());
    }

    @Test
    void valuesCanBeAddedEditedReorderedAndRemoved() throws Exception {
        String code = "test-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/settings/values")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("code", code)
                        .param("name.fr", "Valeur d'essai")
                        .param("name.en", "Test value")
                        .param("description.fr", "Un texte court."))
                .andExpect(status().is3xxRedirection());
        BrandValue added = settings.value(code).orElseThrow();
        List<String> order = settings.values().stream().map(BrandValue::code).toList();
        assertThat(order).last().isEqualTo(code);

        // the same code twice is refused beside the field
        mvc.perform(post("/admin/settings/values")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("code", code)
                        .param("name.fr", "Doublon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));

        mvc.perform(post("/admin/settings/values/" + added.id() + "/move")
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("direction", "-1"))
                .andExpect(status().is3xxRedirection());
        List<String> moved = settings.values().stream().map(BrandValue::code).toList();
        assertThat(moved.indexOf(code)).isEqualTo(order.size() - 2);

        mvc.perform(get("/admin/settings/values/" + added.id()).with(DIRECTOR)).andExpect(status().isOk());
        mvc.perform(post("/admin/settings/values/" + added.id())
                        .with(DIRECTOR)
                        .with(csrf())
                        .param("version", String.valueOf(service.valueVersion(added.id())))
                        .param("name.fr", "Valeur renommée")
                        .param("name.nl", "Testwaarde"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.value(code).orElseThrow().name().get("nl")).isEqualTo("Testwaarde");

        // a value the current grid uses cannot be removed
        BrandValue used = settings.value(
                        settings.currentGrid().criteria().get(0).valueCode())
                .orElseThrow();
        mvc.perform(post("/admin/settings/values/" + used.id() + "/remove")
                        .with(DIRECTOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flashError"));
        assertThat(settings.value(used.code())).isPresent();

        mvc.perform(post("/admin/settings/values/" + added.id() + "/remove")
                        .with(DIRECTOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.value(code)).isEmpty();
        assertThat(settings.values().stream().map(BrandValue::code).toList())
                .containsExactlyElementsOf(
                        order.stream().filter(c -> !c.equals(code)).toList());
    }
}
