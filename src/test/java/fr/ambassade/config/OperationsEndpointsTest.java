package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Health for load balancers, request ids in responses, and the database extensions the search relies on. */
@IntegrationTest
class OperationsEndpointsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(RequestIdFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void healthIsPublicAndCoversTheDatabaseAndTheDataDirectoryDisk() throws Exception {
        String body =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/actuator/health"))
                .andExpect(result ->
                        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200))
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        int status = mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus();
        assertThat(status).as("refused (login redirect or error)").isIn(302, 401, 403, 404);
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        String first = mvc.perform(get("/")).andReturn().getResponse().getHeader("X-Request-Id");
        String second = mvc.perform(get("/")).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(first).matches("[0-9a-f]{10}");
        assertThat(second).matches("[0-9a-f]{10}").isNotEqualTo(first);
        // also on refused requests, which are the ones users report
        mvc.perform(get("/admin")).andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void aProxysRequestIdIsKeptOnlyWhenItIsAPlainToken() throws Exception {
        mvc.perform(get("/").header("X-Request-Id", "lb-42.abc"))
                .andExpect(header().string("X-Request-Id", "lb-42.abc"));
        String forged = mvc.perform(get("/").header("X-Request-Id", "x\r\nINFO fake log line"))
                .andReturn()
                .getResponse()
                .getHeader("X-Request-Id");
        assertThat(forged).matches("[0-9a-f]{10}");
    }

    @Test
    void searchExtensionsAreInstalled() {
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class))
                .contains("unaccent", "pg_trgm");
        assertThat(jdbc.queryForObject("select unaccent('Béthune-Bruay')", String.class))
                .isEqualTo("Bethune-Bruay");
    }

    @Test
    void runModeMatchesTheDatabaseInUse() {
        RunMode mode = context.getBean(RunMode.class);
        boolean external = Boolean.getBoolean("ambassade.test.external-db");
        assertThat(mode.isEmbedded()).isEqualTo(!external);
        assertThat(mode.demoData()).as("the test profile asks for demo data").isTrue();
    }
}
