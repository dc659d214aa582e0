package fr.ambassade.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.support.IntegrationTest;
import fr.ambassade.territory.domain.TerritoryFeature;
import fr.ambassade.territory.domain.TerritoryFileException;
import fr.ambassade.territory.domain.TerritoryFileParser;
import fr.ambassade.territory.domain.TerritoryService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
@RecordApplicationEvents
class TerritoryIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Territory territory;

    @Autowired
    TerritoryService service;

    @Autowired
    TerritoryFileParser parser;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void loadsTheDefaultTerritoryOfOneHundredCommunes() {
        List<CommuneRef> communes = territory.territoryCommunes();

        assertThat(communes)
                .hasSize(100)
                .allMatch(CommuneRef::inTerritory)
                .allMatch(c -> c.lat() != null && c.lon() != null);
        CommuneRef bethune = territory.byCode("62119").orElseThrow();
        assertThat(bethune.name()).isEqualTo("Béthune");
        assertThat(bethune.inTerritory()).isTrue();
        assertThat(bethune.population()).isGreaterThan(20_000);
        assertThat(bethune.postalCodes()).contains("62400");
        assertThat(bethune.lat()).isBetween(50.5, 50.55);
        assertThat(bethune.lon()).isBetween(2.6, 2.66);
        assertThat(territory.isInTerritory("62119")).isTrue();
    }

    @Test
    void knowsTheNationalListAndResolvesAliasCodes() {
        CommuneRef paris = territory.byCode("75104").orElseThrow();
        assertThat(paris.code()).isEqualTo("75056");
        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.inTerritory()).isFalse();
        assertThat(paris.lat()).isNull();
        assertThat(territory.isInTerritory("75104")).isFalse();
        assertThat(territory.byCode("99999")).isEmpty();
        assertThat(territory.byCode(null)).isEmpty();
    }

    @Test
    void findsCommunesByPostalCodeAndLooselyWrittenName() {
        assertThat(territory.byPostalCodeAndName("62290", "Noeux les mines"))
                .map(CommuneRef::code)
                .contains("62617");
        assertThat(territory.byPostalCodeAndName("62290", "NŒUX-LES-MINES"))
                .map(CommuneRef::code)
                .contains("62617");
        assertThat(territory.byPostalCodeAndName("62400", "Bethune Cedex"))
                .map(CommuneRef::code)
                .contains("62119");
        assertThat(territory.byPostalCodeAndName("75004", "Paris"))
                .map(CommuneRef::code)
                .contains("75056");
        assertThat(territory.byPostalCodeAndName("75004", "Paris 4e Arrondissement"))
                .map(CommuneRef::code)
                .contains("75056");
        assertThat(territory.byPostalCodeAndName("62000", "Nowhere at all")).isEmpty();
        assertThat(territory.byPostalCodeAndName("abc", "Béthune")).isEmpty();
    }

    @Test
    void publishesTheTerritoryAsGeoJsonToAnyone() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/communes"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(header().string("Cache-Control", containsString("max-age")))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[?(@.id == '62119')].properties.name")
                        .value(hasItem("Béthune")))
                .andExpect(jsonPath("$.features[?(@.id == '62119')].properties.code")
                        .value(hasItem("62119")))
                .andExpect(jsonPath("$.features[?(@.id == '62119')].properties.population")
                        .value(hasItem(25224)))
                .andExpect(
                        jsonPath("$.features[?(@.id == '62119')].geometry.type").value(hasItem("Polygon")))
                .andExpect(jsonPath("$.features[?(@.id == '62119')].properties.postalCodes[0]")
                        .value(hasItem("62400")))
                .andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("features").size())
                .isEqualTo(territory.territoryCommunes().size());

        String etag = result.getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/communes").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void backOfficePageIsForStaffOnly() throws Exception {
        mvc.perform(get("/admin/territory"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/admin/territory").with(user("counselor").roles("COUNSELOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nœux-les-Mines")))
                .andExpect(content().string(containsString("data-geojson-url=\"/api/v1/communes\"")))
                .andExpect(content().string(containsString("/js/territory-map.js")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/territory/replace"))));

        mvc.perform(get("/admin/territory").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/territory/replace")));

        mvc.perform(get("/admin/territory").with(user("provider").roles("PROVIDER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAdminMayReplaceTheTerritory() throws Exception {
        mvc.perform(multipart("/admin/territory/replace")
                        .file(upload(smallerTerritory(3)))
                        .with(csrf().asHeader())
                        .with(user("counselor").roles("COUNSELOR")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/territory/replace")
                        .file(upload(smallerTerritory(3)))
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection());

        assertThat(territory.territoryCommunes()).hasSize(100);
    }

    @Test
    @Transactional
    void refusesAMalformedFileAndKeepsTheTerritory() throws Exception {
        List<String> before = codes(territory.territoryCommunes());
        ObjectNode file = smallerTerritory(5);
        ((ObjectNode) file.path("features").get(1).path("properties")).remove("code");

        mvc.perform(multipart("/admin/territory/replace")
                        .file(upload(file))
                        .with(csrf().asHeader())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("entité 2 : code manquant")));
        mvc.perform(multipart("/admin/territory/replace")
                        .file(new MockMultipartFile(
                                "file",
                                "t.geojson",
                                "application/geo+json",
                                "{\"type\":".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf().asHeader())
                        .with(user("admin").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString(
                                "File refused, the current territory is kept. Reason: this is not valid JSON")));

        assertThat(codes(territory.territoryCommunes())).isEqualTo(before);
        assertThat(events.stream(TerritoryReplaced.class)).isEmpty();
    }

    @Test
    @Transactional
    void refusesCodesOutsideTheNationalListAndKeepsTheTerritory() throws Exception {
        List<String> before = codes(territory.territoryCommunes());

        List<TerritoryFeature> valid = parser.parse(stream(smallerTerritory(2)));
        List<TerritoryFeature> withUnknown = List.of(
                valid.get(0),
                new TerritoryFeature(2, "62999", "Nowhere", valid.get(1).geometryJson(), 50.5, 2.5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.replace(withUnknown, "admin"))
                .isInstanceOfSatisfying(
                        TerritoryFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("territory.file.error.unknownCode"));
        List<TerritoryFeature> withArrondissement = List.of(
                new TerritoryFeature(1, "75104", "Paris 4e", valid.get(0).geometryJson(), 48.85, 2.35));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.replace(withArrondissement, "admin"))
                .isInstanceOfSatisfying(
                        TerritoryFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("territory.file.error.aliasCode"));

        assertThat(codes(territory.territoryCommunes())).isEqualTo(before);
    }

    /** Rolled back at the end, so that the other tests keep the default territory. */
    @Test
    @Transactional
    void anAdminReplacesTheTerritoryAndTheChangeIsPublished() throws Exception {
        ObjectNode file = smallerTerritory(3);
        // a commune outside the current territory joins, without a centroid (computed)
        ObjectNode lens = (ObjectNode) file.path("features").get(0).deepCopy();
        ObjectNode props = (ObjectNode) lens.path("properties");
        props.put("code", "62498");
        props.put("name", "Lens");
        props.remove("centroid");
        ((ArrayNode) file.path("features")).add(lens);
        List<String> kept = codes(parser.parse(stream(smallerTerritory(3))).stream()
                .map(f -> territory.byCode(f.code()).orElseThrow())
                .toList());

        mvc.perform(multipart("/admin/territory/replace")
                        .file(upload(file))
                        .with(csrf().asHeader())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/territory"))
                .andExpect(flash().attribute("flashSuccess", containsString("4 communes, 1 entrée(s), 97 sortie(s)")));

        assertThat(territory.isInTerritory("62498")).isTrue();
        assertThat(territory.byCode("62498").orElseThrow().lat()).isNotNull();
        assertThat(territory.isInTerritory(kept.get(0))).isTrue();
        assertThat(territory.isInTerritory("62119")).isFalse();
        assertThat(territory.formerTerritoryCodes()).contains("62119").doesNotContain("62498");
        assertThat(territory.territoryCommunes()).hasSize(4);

        List<TerritoryReplaced> published =
                events.stream(TerritoryReplaced.class).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).joinedCodes()).containsExactly("62498");
        assertThat(published.get(0).leftCodes()).hasSize(97).contains("62119").doesNotContainAnyElementsOf(kept);
        assertThat(published.get(0).actor()).isEqualTo("admin");
        assertThat(jdbc.sql(
                                "select changes::text from audit_entry where object_type = 'territory' and action = 'replace'"
                                        + " and actor = 'admin' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("62498")
                .contains("\"after\": \"4\"");
    }

    private ObjectNode smallerTerritory(int communes) throws Exception {
        ObjectNode file;
        try (InputStream in = new ClassPathResource("data/territory/communes-cabbalr.geojson").getInputStream()) {
            file = (ObjectNode) json.readTree(in);
        }
        ArrayNode features = (ArrayNode) file.path("features");
        while (features.size() > communes) {
            features.remove(features.size() - 1);
        }
        return file;
    }

    private MockMultipartFile upload(JsonNode file) {
        return new MockMultipartFile(
                "file",
                "territory.geojson",
                "application/geo+json",
                json.writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
    }

    private InputStream stream(JsonNode file) {
        return new java.io.ByteArrayInputStream(json.writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(List<CommuneRef> communes) {
        return communes.stream().map(CommuneRef::code).toList();
    }
}
