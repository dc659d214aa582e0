package fr.ambassade.providers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The back-office import pages: upload, background run, progress, report, template, access rules. */
@IntegrationTest
class ImportWebTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    ImportRuns runs;

    @Autowired
    ImportService imports;

    MockMvc mvc;

    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    ImportRun waitFor(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            ImportRun run = runs.find(id).orElseThrow();
            if (run.finished()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not finish");
    }

    /** The run's source path once the writer is done with it (it deletes an upload right after the outcome). */
    String sourcePathOnceSettled(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        String path = runs.find(id).orElseThrow().sourcePath();
        while (path != null && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            path = runs.find(id).orElseThrow().sourcePath();
        }
        return path;
    }

    long upload(MockMultipartFile file, String kind, boolean allCommunes) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(file)
                        .param("kind", kind)
                        .param("allCommunes", String.valueOf(allCommunes))
                        .with(csrf().asHeader())
                        .with(user("animator-web@test").roles("ANIMATOR")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/imports/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void staffUploadAFlowAndReadItsProgressAndReport() throws Exception {
        String record = TestFlows.fresh(TestFlows.object2020(TestFlows.VILLANDRY));
        Path zip = TestFlows.zip(
                tmp.resolve("flow.zip"),
                TestFlows.flow(
                        TestFlows.context2020(),
                        record,
                        TestFlows.object2020("3/3a/15-3a2ee9c3-f231-3221-91e3-d3153b89ee6a.json")));
        long id = upload(
                new MockMultipartFile("file", "mon-flux.zip", "application/zip", Files.readAllBytes(zip)),
                "DATATOURISME",
                true);
        ImportRun run = waitFor(id);
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.sourceName()).isEqualTo("mon-flux.zip");
        assertThat(run.created()).isEqualTo(1);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.startedBy()).isEqualTo("animator-web@test");
        // the uploaded copy is deleted once the run is over (just after its outcome is committed and audited)
        assertThat(sourcePathOnceSettled(id)).isNull();

        String page = mvc.perform(get("/admin/imports/" + id).with(user("d").roles("DIRECTOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("mon-flux.zip")
                .contains("Terminé")
                .contains("Circuit des pas pressés")
                .contains("Itinéraire : ce n&#39;est pas un prestataire")
                .doesNotContain("hx-trigger");

        String fragment = mvc.perform(
                        get("/admin/imports/" + id + "/progress").with(user("d").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).startsWith("<div id=\"import-progress\"").doesNotContain("<html");

        MvcResult csv = mvc.perform(get("/admin/imports/" + id + "/report.csv")
                        .with(user("d").roles("ANIMATOR")))
                .andExpect(status().isOk())
                .andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Circuit des pas pressés").contains("TOUR");

        String list = mvc.perform(get("/admin/imports").with(user("d").roles("ANIMATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("mon-flux.zip").contains("/admin/imports/" + id);
    }

    @Test
    void aRunningImportIsPolledAndReadableWithoutJavaScript() throws Exception {
        long id = runs.start(ImportKind.DATATOURISME, "running.zip", null, false, "test", null);
        try {
            runs.total(id, 200);
            jdbcProgress(id, 50);
            String page = mvc.perform(get("/admin/imports/" + id).with(user("d").roles("ANIMATOR")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("hx-get=\"/admin/imports/" + id + "/progress\"")
                    .contains("hx-trigger=\"every 2s\"")
                    .contains("50 fiches traitées sur 200 (25 %)")
                    .contains("Actualiser l&#39;avancement")
                    .contains("<progress");
        } finally {
            runs.complete(id);
        }
    }

    private void jdbcProgress(long id, int done) {
        ImportRuns.Counts counts = new ImportRuns.Counts();
        counts.done = done;
        counts.unchanged = done;
        runs.progress(id, counts, java.util.List.of());
    }

    @Test
    void aBadFileFailsWithATranslatedReason() throws Exception {
        long id = upload(
                new MockMultipartFile(
                        "file", "pas-un-zip.zip", "application/zip", "hello".getBytes(StandardCharsets.UTF_8)),
                "DATATOURISME",
                false);
        assertThat(waitFor(id).status()).isEqualTo(ImportStatus.FAILED);
        mvc.perform(get("/admin/imports/" + id).with(user("d").roles("ANIMATOR")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Ce fichier n&#39;est pas une archive zip.")));
        mvc.perform(get("/admin/imports/" + id)
                        .with(user("d").roles("ANIMATOR"))
                        .param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This file is not a zip archive.")));
    }

    @Test
    void aCsvUploadAndTheTemplate() throws Exception {
        byte[] template = mvc.perform(
                        get("/admin/imports/csv-template.csv").with(user("d").roles("ANIMATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFFnom;categorie;sous_type;code_insee");
        String csv = "nom;categorie;code_insee;identifiant_externe\nBrasserie " + System.nanoTime()
                + ";producteur;62119;WEB-" + System.nanoTime() + "\n";
        long id = upload(
                new MockMultipartFile("file", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "CSV",
                false);
        ImportRun run = waitFor(id);
        assertThat(run.kind()).isEqualTo(ImportKind.CSV);
        assertThat(run.created()).isEqualTo(1);
    }

    @Test
    void accessRules() throws Exception {
        mvc.perform(get("/admin/imports").with(user("c").roles("COUNSELOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/imports").with(user("e").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/imports")).andExpect(status().is3xxRedirection());
        // a server folder: administrators only
        mvc.perform(post("/admin/imports")
                        .param("kind", "DATATOURISME")
                        .param("serverPath", tmp.toString())
                        .with(csrf())
                        .with(user("a").roles("ANIMATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/imports")
                        .param("kind", "DATATOURISME")
                        .param("serverPath", "/no/such/folder")
                        .with(csrf())
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ce chemin n&#39;existe pas")));
        mvc.perform(post("/admin/imports")
                        .param("kind", "DATATOURISME")
                        .with(csrf())
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choisissez un fichier")));
    }

    @Test
    void onlyAnAdministratorRunsAgainAnImportOfAFileOnTheServer() throws Exception {
        // an administrator imported a flow folder of the server's disk; the run was interrupted
        Path serverFlow = TestFlows.archive2020();
        long adminRun = runs.start(
                ImportKind.DATATOURISME, serverFlow.toString(), serverFlow.toString(), true, "admin-web@test", null);
        runs.interrupt(adminRun);
        String rerunForm = "/admin/imports/" + adminRun + "/rerun";

        for (String role : new String[] {"ANIMATOR", "DIRECTOR"}) {
            String page = mvc.perform(get("/admin/imports/" + adminRun)
                            .with(user(role + "@test").roles(role)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(role).doesNotContain(rerunForm);
            mvc.perform(post(rerunForm).with(csrf()).with(user(role + "@test").roles(role)))
                    .andExpect(status().isForbidden());
        }
        for (String role : new String[] {"COUNSELOR", "EDITOR"}) {
            mvc.perform(post(rerunForm).with(csrf()).with(user(role + "@test").roles(role)))
                    .andExpect(status().isForbidden());
        }
        assertThat(runs.running()).isEmpty();
        assertThat(runs.recent(5)).noneMatch(r -> java.util.Objects.equals(r.rerunOf(), adminRun));

        RequestPostProcessor admin = user("admin-web@test").roles("ADMIN");
        assertThat(mvc.perform(get("/admin/imports/" + adminRun).with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(rerunForm);
        String location = mvc.perform(post(rerunForm).with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ImportRun again = waitFor(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(again.rerunOf()).isEqualTo(adminRun);
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void anAnimatorRunsAgainAnInterruptedUpload() throws Exception {
        Path waiting = Files.createDirectories(imports.uploadDir()).resolve("waiting-" + System.nanoTime() + ".csv");
        Files.writeString(
                waiting,
                "nom;categorie;code_insee;identifiant_externe\nCave " + System.nanoTime() + ";producteur;62119;RERUN-"
                        + System.nanoTime() + "\n");
        long uploadRun = runs.start(ImportKind.CSV, "liste.csv", waiting.toString(), false, "director@test", null);
        runs.interrupt(uploadRun);
        RequestPostProcessor animator = user("animator-web@test").roles("ANIMATOR");
        assertThat(mvc.perform(get("/admin/imports/" + uploadRun).with(animator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/admin/imports/" + uploadRun + "/rerun");
        String location = mvc.perform(post("/admin/imports/" + uploadRun + "/rerun")
                        .with(csrf())
                        .with(animator))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ImportRun again = waitFor(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.created()).isEqualTo(1);
        assertThat(waiting).doesNotExist();
    }
}
