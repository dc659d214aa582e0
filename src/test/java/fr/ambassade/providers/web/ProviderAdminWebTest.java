package fr.ambassade.providers.web;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.providers.domain.Provider;
import fr.ambassade.providers.domain.ProviderRepository;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class ProviderAdminWebTest {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    ProviderRepository providers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accountFixtures;

    @Autowired
    Accounts accounts;

    MockMvc mvc;

    static final RequestPostProcessor COUNSELOR = user("counselor-test").roles("COUNSELOR");
    static final RequestPostProcessor ANIMATOR = user("animator-test").roles("ANIMATOR");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private Provider save(fr.ambassade.providers.ProviderMother mother) {
        return tx.execute(s -> providers.save(mother.build()));
    }

    private static String token() {
        StringBuilder word = new StringBuilder("zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder b, String name) {
        return b.with(csrf())
                .param("name", name)
                .param("category", "FOOD")
                .param("communeCode", "62119")
                .param("communeName", "Béthune")
                .param("latitude", "50.529")
                .param("longitude", "2.643")
                .param("website", "https://www.example.test/")
                .param("email", "contact@example.test")
                .param("languages", "fr, en")
                .param("descriptions[fr]", "Une belle adresse")
                .param("contacts[0].name", "Jeanne Martin")
                .param("contacts[0].role", "gérante");
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/admin/providers"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void counselorReadsButCannotChange() throws Exception {
        Provider p = save(aProvider().named(unique("Estaminet lecture")));
        mvc.perform(get("/admin/providers").with(COUNSELOR)).andExpect(status().isOk());
        mvc.perform(get("/admin/providers")
                        .param("q", "estaminet")
                        .param("category", "FOOD")
                        .param("order", "NAME")
                        .with(COUNSELOR))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/providers/" + p.getId()).with(COUNSELOR))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(p.getName())));
        mvc.perform(get("/admin/providers/new").with(COUNSELOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/providers/" + p.getId() + "/edit").with(COUNSELOR))
                .andExpect(status().isForbidden());
        mvc.perform(validForm(post("/admin/providers"), unique("Interdit")).with(COUNSELOR))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/providers/export.csv").with(COUNSELOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/providers/duplicates").with(COUNSELOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/providers/reindex").with(ANIMATOR)).andExpect(status().isForbidden());
    }

    @Test
    void theRecordShowsWhenItWasCreatedAndUpdatedAsTimesInTheDestinationZone() throws Exception {
        Provider p = save(aProvider().named(unique("Estaminet horodaté")));
        String html = mvc.perform(get("/admin/providers/" + p.getId()).with(COUNSELOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // whole seconds with the offset of Europe/Paris: a datetime the W3C checker accepts
        assertThat(html).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00\">");
        assertThat(html.split("<time datetime=", -1)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void animatorCreatesAProviderAndTheChangeIsAudited() throws Exception {
        String name = unique("Brasserie du Canal");
        MvcResult r = mvc.perform(validForm(post("/admin/providers"), name).with(ANIMATOR))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        Provider p = providers.findById(id).orElseThrow();
        assertThat(p.getName()).isEqualTo(name);
        assertThat(p.getLatitude()).isEqualTo(50.529);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Provider' and object_id = ? and action = 'CREATED'",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get("/admin/providers/" + id + "/edit").with(ANIMATOR)).andExpect(status().isOk());
    }

    @Test
    void invalidFormIsShownAgainWithMessagesAndTypedValues() throws Exception {
        String body = mvc.perform(post("/admin/providers")
                        .with(csrf())
                        .with(ANIMATOR)
                        .param("name", " ")
                        .param("category", "FOOD")
                        .param("subtype", "Garde tel quel")
                        .param("website", "javascript:alert(1)")
                        .param("email", "pas-un-mail")
                        .param("latitude", "95")
                        .param("longitude", "2.6"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains(
                        "Le nom est obligatoire.",
                        "Le site web doit être une adresse http:// ou https://.",
                        "Cette adresse e-mail n’est pas valide.",
                        "La latitude est comprise entre -90 et 90.",
                        "value=\"Garde tel quel\"",
                        "value=\"javascript:alert(1)\"",
                        "aria-invalid=\"true\"");
    }

    @Test
    void staleEditIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Provider p = save(aProvider().named(unique("Gîte stale")));
        long version = p.getVersion();
        // someone (or an import) changes the record in between
        mvc.perform(validForm(post("/admin/providers/" + p.getId()), p.getName() + " modifié")
                        .param("version", String.valueOf(version))
                        .with(ANIMATOR))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(validForm(post("/admin/providers/" + p.getId()), "Ma saisie perdue ?")
                        .param("version", String.valueOf(version))
                        .with(ANIMATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Cette fiche a été modifiée entre-temps", "value=\"Ma saisie perdue ?\"");
        assertThat(providers.findById(p.getId()).orElseThrow().getName()).isEqualTo(p.getName() + " modifié");
    }

    @Test
    void exportsTheFilteredListAsCsvWithFormulaEscaping() throws Exception {
        String t = token();
        save(aProvider().named("=HYPERLINK(\"http://evil.test\") " + t).phone("+33 3 21 00 00 00"));
        save(aProvider().named("Boutique " + t + "; \"la belle\""));
        MvcResult r = mvc.perform(
                        get("/admin/providers/export.csv").param("q", t).with(ANIMATOR))
                .andExpect(status().isOk())
                .andReturn();
        byte[] bytes = r.getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv)
                .contains(
                        ";\"'=HYPERLINK(\"\"http://evil.test\"\") " + t + "\";",
                        ";'+33 3 21 00 00 00;",
                        ";\"Boutique " + t + "; \"\"la belle\"\"\";");
    }

    @Test
    void exportsTheFilteredListAsXlsxWhoseCellsAreTextWithFormulasEscaped() throws Exception {
        String t = token();
        save(aProvider().named("=HYPERLINK(\"http://evil.test\") " + t).phone("+33 3 21 00 00 00"));
        save(aProvider().named("-2+3 Cave " + t));
        save(aProvider().named("@SUM(1+1) Ferme " + t));
        save(aProvider().named("Boutique " + t + "; \"la belle\""));
        MvcResult r = mvc.perform(
                        get("/admin/providers/export.xlsx").param("q", t).with(ANIMATOR))
                .andExpect(status().isOk())
                .andReturn();
        Xlsx sheet = Xlsx.read(r.getResponse().getContentAsByteArray());

        assertThat(sheet.formulas()).as("no formula cell").isZero();
        assertThat(sheet.rows()).hasSize(5);
        List<String> header = sheet.rows().get(0);
        int name = header.indexOf("Nom");
        int phone = header.indexOf("Téléphone");
        assertThat(name).isNotNegative();
        assertThat(phone).isNotNegative();
        assertThat(sheet.rows().subList(1, 5))
                .extracting(row -> row.get(name))
                .containsExactlyInAnyOrder(
                        "'=HYPERLINK(\"http://evil.test\") " + t,
                        "'-2+3 Cave " + t,
                        "'@SUM(1+1) Ferme " + t,
                        "Boutique " + t + "; \"la belle\"");
        assertThat(sheet.rows().subList(1, 5)).extracting(row -> row.get(phone)).contains("'+33 3 21 00 00 00");
    }

    /** The cells of the first sheet of an XLSX file, read with the JDK alone (shared or inline strings, numbers). */
    record Xlsx(List<List<String>> rows, int formulas) {

        static Xlsx read(byte[] bytes) throws Exception {
            java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
            // through the central directory (ZipFile): the streamed entries' local headers carry no sizes
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                    java.nio.file.Files.write(file, bytes).toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            List<String> shared = new java.util.ArrayList<>();
            if (parts.containsKey("xl/sharedStrings.xml")) {
                org.w3c.dom.NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagNameNS("*", "si");
                for (int i = 0; i < si.getLength(); i++) {
                    shared.add(si.item(i).getTextContent());
                }
            }
            org.w3c.dom.Document sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
            List<List<String>> rows = new java.util.ArrayList<>();
            org.w3c.dom.NodeList rowNodes = sheet.getElementsByTagNameNS("*", "row");
            for (int i = 0; i < rowNodes.getLength(); i++) {
                List<String> row = new java.util.ArrayList<>();
                org.w3c.dom.NodeList cells = ((org.w3c.dom.Element) rowNodes.item(i)).getElementsByTagNameNS("*", "c");
                for (int c = 0; c < cells.getLength(); c++) {
                    org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(c);
                    String ref = cell.getAttribute("r").replaceAll("\\d", "");
                    int column = 0;
                    for (char ch : ref.toCharArray()) {
                        column = column * 26 + (ch - 'A' + 1);
                    }
                    while (row.size() < column - 1) {
                        row.add("");
                    }
                    String type = cell.getAttribute("t");
                    org.w3c.dom.NodeList v = cell.getElementsByTagNameNS("*", "v");
                    String value = switch (type) {
                        case "s" -> shared.get(Integer.parseInt(v.item(0).getTextContent()));
                        case "inlineStr" -> cell.getTextContent();
                        default -> v.getLength() == 0 ? "" : v.item(0).getTextContent();
                    };
                    row.add(value);
                }
                rows.add(row);
            }
            return new Xlsx(rows, sheet.getElementsByTagNameNS("*", "f").getLength());
        }

        private static org.w3c.dom.Document xml(byte[] part) throws Exception {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(part));
        }
    }

    @Test
    void adminSeesReindexProgress() throws Exception {
        RequestPostProcessor admin = user("admin-test").roles("ADMIN");
        mvc.perform(get("/admin/providers/reindex").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/providers/reindex/progress").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/providers/duplicates").with(admin)).andExpect(status().isOk());
    }

    @Test
    void mergeFromTheComparisonPageRedirectsTheOldRecord() throws Exception {
        Provider a = save(aProvider().named(unique("Moulin de la Lys")));
        Provider b = save(aProvider().named(unique("Moulin de la Lys bis")));
        mvc.perform(get("/admin/providers/merge")
                        .param("a", a.getId().toString())
                        .param("b", b.getId().toString())
                        .with(ANIMATOR))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/providers/merge")
                        .with(csrf())
                        .with(ANIMATOR)
                        .param("survivor", a.getId().toString())
                        .param("merged", b.getId().toString()))
                .andExpect(redirectedUrl("/admin/providers/" + a.getId()));
        mvc.perform(get("/admin/providers/" + b.getId()).with(COUNSELOR))
                .andExpect(redirectedUrl("/admin/providers/" + a.getId()));
        mvc.perform(get("/admin/providers/" + b.getId() + "/edit").with(ANIMATOR))
                .andExpect(redirectedUrl("/admin/providers/" + a.getId()));
    }

    @Test
    void unknownProviderIs404() throws Exception {
        mvc.perform(get("/admin/providers/999999999").with(COUNSELOR)).andExpect(status().isNotFound());
    }

    /** Whether the label checkbox of that code is on the page and ticked (fails when it is not on the page). */
    private static boolean ticked(String html, String code) {
        var boxes = org.jsoup.Jsoup.parse(html).select("input[type=checkbox][name=labels]").stream()
                .filter(e -> e.attr("value").equals(code))
                .toList();
        assertThat(boxes).as("checkbox of " + code).hasSize(1);
        return boxes.get(0).hasAttr("checked");
    }

    private String labelCodes(long id) {
        return String.join(
                ",",
                jdbc.queryForList(
                        "select code from provider_label where provider_id = ? order by code", String.class, id));
    }

    @Test
    void staffTickAndUntickLabelsAndClassifications() throws Exception {
        Provider p = save(aProvider().named(unique("Gîte labels")).label("csv:Bienvenue", "Bienvenue à la ferme"));
        long id = p.getId();
        String form = mvc.perform(get("/admin/providers/" + id + "/edit").with(ANIMATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the held label outside the DATAtourisme vocabulary is offered, ticked; the vocabulary is offered unticked
        assertThat(form).contains("Bienvenue à la ferme", "Accueil Vélo", "name=\"_labels\"");
        assertThat(ticked(form, "csv:Bienvenue")).isTrue();
        assertThat(ticked(form, "kb:LabelRating_AccueilVelo")).isFalse();

        // tick Accueil Vélo and a classification, keep the held one; a forged code is ignored
        mvc.perform(validForm(post("/admin/providers/" + id), p.getName())
                        .param("version", String.valueOf(p.getVersion()))
                        .param("_labels", "on")
                        .param(
                                "labels",
                                "csv:Bienvenue",
                                "kb:LabelRating_AccueilVelo",
                                "kb:ScaleRating_3etoiles",
                                "kb:Forged")
                        .with(ANIMATOR))
                .andExpect(status().is3xxRedirection());
        assertThat(labelCodes(id)).isEqualTo("csv:Bienvenue,kb:LabelRating_AccueilVelo,kb:ScaleRating_3etoiles");
        assertThat(jdbc.queryForObject(
                        "select name_fr from provider_label where provider_id = ? and code = ?",
                        String.class,
                        id,
                        "kb:LabelRating_AccueilVelo"))
                .isEqualTo("Accueil Vélo");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Provider' and object_id = ? "
                                + "and action = 'UPDATED' and changes::text like '%kb:LabelRating_AccueilVelo%'",
                        Integer.class, String.valueOf(id)))
                .isEqualTo(1);

        // a form without label checkboxes leaves the labels alone
        long version = providers.findById(id).orElseThrow().getVersion();
        mvc.perform(validForm(post("/admin/providers/" + id), p.getName())
                        .param("version", String.valueOf(version))
                        .with(ANIMATOR))
                .andExpect(status().is3xxRedirection());
        assertThat(labelCodes(id)).isEqualTo("csv:Bienvenue,kb:LabelRating_AccueilVelo,kb:ScaleRating_3etoiles");

        // unticking every box removes them all
        version = providers.findById(id).orElseThrow().getVersion();
        mvc.perform(validForm(post("/admin/providers/" + id), p.getName())
                        .param("version", String.valueOf(version))
                        .param("_labels", "on")
                        .with(ANIMATOR))
                .andExpect(status().is3xxRedirection());
        assertThat(labelCodes(id)).isEmpty();
    }

    @Test
    void aRejectedFormKeepsTheTickedLabels() throws Exception {
        String body = mvc.perform(post("/admin/providers")
                        .with(csrf())
                        .with(ANIMATOR)
                        .param("name", " ")
                        .param("category", "FOOD")
                        .param("_labels", "on")
                        .param("labels", "kb:LabelRating_AccueilVelo"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Le nom est obligatoire.");
        assertThat(ticked(body, "kb:LabelRating_AccueilVelo")).isTrue();
        assertThat(ticked(body, "kb:LabelRating_AccueilPaysan")).isFalse();
    }

    @Test
    void theListIsPagedAndItsLinksKeepTheFilters() throws Exception {
        String first = mvc.perform(
                        get("/admin/providers").param("status", "NONE").with(COUNSELOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var next = org.jsoup.Jsoup.parse(first).select("nav .pagination a[rel=next]");
        assertThat(next).hasSize(1);
        assertThat(next.attr("href")).contains("status=NONE").endsWith("page=1");
        assertThat(first).contains("Page 1 sur ");
        assertThat(org.jsoup.Jsoup.parse(first).select("nav .pagination a[rel=prev]"))
                .isEmpty();

        String second = mvc.perform(get("/admin/providers")
                        .param("status", "NONE")
                        .param("page", "1")
                        .with(COUNSELOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var prev = org.jsoup.Jsoup.parse(second).select("nav .pagination a[rel=prev]");
        assertThat(prev.attr("href")).contains("status=NONE").endsWith("page=0");
        assertThat(second).contains("Page 2 sur ");
    }

    private long account(String prefix, Role... roles) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@link.ambassade.test";
        return accountFixtures
                .create(email, "Test " + prefix, Locale.FRENCH, EnumSet.copyOf(List.of(roles)), null)
                .id();
    }

    private String email(long accountId) {
        return accountFixtures.reload(accountId).email();
    }

    private String linkAs(RequestPostProcessor staff, long providerId, String email, String flash) throws Exception {
        Object message = mvc.perform(post("/admin/providers/" + providerId + "/accounts")
                        .param("email", email)
                        .with(csrf())
                        .with(staff))
                .andExpect(redirectedUrl("/admin/providers/" + providerId))
                .andReturn()
                .getFlashMap()
                .get(flash);
        assertThat(message).as(flash + " for " + email).isNotNull();
        return message.toString().replace(email, "<e-mail>");
    }

    @Test
    void onlyProviderAccountsAreLinkedAndTheRefusalDoesNotTellWhetherTheAddressHasAnAccount() throws Exception {
        long hotel = save(aProvider().named(unique("Hôtel lié"))).getId();
        long candidate = account("candidate", Role.PROVIDER);
        long admin = account("admin", Role.ADMIN);
        long director = account("director", Role.DIRECTOR, Role.ANIMATOR);
        long staffAndProvider = account("both", Role.COUNSELOR, Role.PROVIDER);
        long resident = account("resident", Role.RESIDENT);
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@link.ambassade.test";

        for (RequestPostProcessor staff :
                new RequestPostProcessor[] {ANIMATOR, user("director-test").roles("DIRECTOR")}) {
            String refusal = linkAs(staff, hotel, nobody, "flashError");
            assertThat(refusal).contains("<e-mail>").doesNotContain("existe").doesNotContain("exists");
            for (long notProvider : new long[] {admin, director, staffAndProvider, resident}) {
                assertThat(linkAs(staff, hotel, email(notProvider), "flashError"))
                        .isEqualTo(refusal);
                assertThat(accounts.establishmentsOf(notProvider)).doesNotContain(hotel);
            }
        }
        assertThat(linkAs(ANIMATOR, hotel, " " + email(candidate).toUpperCase(Locale.ROOT) + " ", "flashSuccess"))
                .isNotBlank();
        assertThat(accounts.establishmentsOf(candidate)).containsExactly(hotel);
        assertThat(accounts.managersOf(hotel)).extracting(AccountRef::id).containsExactly(candidate);
        // counselors and editors read providers but link nothing
        for (String role : new String[] {"COUNSELOR", "EDITOR"}) {
            mvc.perform(post("/admin/providers/" + hotel + "/accounts")
                            .param("email", email(candidate))
                            .with(csrf())
                            .with(user(role.toLowerCase(Locale.ROOT) + "-test").roles(role)))
                    .andExpect(status().isForbidden());
        }
        // the accounts module refuses a staff account whoever asks
        assertThatThrownBy(() -> accounts.linkEstablishment(admin, hotel)).isInstanceOf(IllegalArgumentException.class);
    }
}
