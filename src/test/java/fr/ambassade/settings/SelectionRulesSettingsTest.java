package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ambassade.settings.domain.SelectionRulesFixture;
import fr.ambassade.shared.i18n.LanguagePrefixFilter;
import fr.ambassade.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The director's "selection rules" page (/admin/settings/selection): saved and audited; out-of-range values refused
 * beside the field in French and English with what was typed kept; a stale form overwrites nothing.
 */
@IntegrationTest
class SelectionRulesSettingsTest {

    static final RequestPostProcessor DIRECTOR =
            user("director-rules@demo.ambassade.test").roles("DIRECTOR");

    @Autowired
    WebApplicationContext context;

    @Autowired
    DestinationSettings settings;

    @Autowired
    SelectionRulesFixture rules;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    SelectionRules before;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(LanguagePrefixFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        before = settings.selectionRules();
    }

    @AfterEach
    void restore() {
        if (!settings.selectionRules().equals(before)) {
            rules.set(before);
        }
    }

    /** The form as currently saved, with the given fields replaced (a checkbox: "true" ticked, "" not ticked). */
    MockHttpServletRequestBuilder form(String path, String... overrides) {
        SelectionRules r = settings.selectionRules();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(settings.current().version()));
        fields.put("reapplyDelayMonths", String.valueOf(r.reapplyDelayMonths()));
        fields.put("animatorMayDeclineWithoutVisit", r.animatorMayDeclineWithoutVisit() ? "true" : "");
        fields.put("committeeSkippableForPassingRenewals", r.committeeSkippableForPassingRenewals() ? "true" : "");
        fields.put("retentionYears", String.valueOf(r.retentionYears()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder post = post(path).with(DIRECTOR).with(csrf());
        fields.forEach((name, value) -> {
            if (name.equals("animatorMayDeclineWithoutVisit") || name.equals("committeeSkippableForPassingRenewals")) {
                // as a browser sends a checkbox written by th:field: the marker always, the value when ticked
                post.param("_" + name, "on");
                if (!value.isEmpty()) {
                    post.param(name, value);
                }
            } else {
                post.param(name, value);
            }
        });
        return post;
    }

    @Test
    void onlyTheDirectorOpensThePageWhichShowsTheCurrentRules() throws Exception {
        for (String role : List.of("ANIMATOR", "COUNSELOR", "EDITOR", "ADMIN")) {
            mvc.perform(get("/admin/settings/selection").with(user("x@x.test").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings/selection")
                            .with(user("x@x.test").roles(role))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/settings/selection").with(DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Règles de la sélection")))
                .andExpect(content()
                        .string(containsString(
                                "value=\"" + settings.selectionRules().reapplyDelayMonths() + "\"")))
                .andExpect(content().string(containsString("name=\"animatorMayDeclineWithoutVisit\"")));
        mvc.perform(get("/admin/settings").with(DIRECTOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/settings/selection\"")));
    }

    @Test
    void theDirectorChangesTheRulesWhichAreAudited() throws Exception {
        long auditBefore = selectionAuditCount();
        mvc.perform(form(
                        "/admin/settings/selection",
                        "reapplyDelayMonths",
                        "24",
                        "animatorMayDeclineWithoutVisit",
                        "true",
                        "committeeSkippableForPassingRenewals",
                        "true",
                        "retentionYears",
                        "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings/selection"))
                .andExpect(flash().attributeCount(1));
        assertThat(settings.selectionRules()).isEqualTo(new SelectionRules(24, true, true, 5));
        assertThat(selectionAuditCount()).isEqualTo(auditBefore + 1);
        Map<String, Object> entry = jdbc.queryForMap("select actor, changes::text as changes from audit_entry"
                + " where object_type = 'Destination' and action = 'SELECTION_RULES_CHANGED' order by id desc limit 1");
        assertThat(entry.get("actor")).isNotEqualTo("system");
        assertThat(entry.get("changes"))
                .asString()
                .contains("reapplyDelayMonths", "\"24\"", "animatorMayDeclineWithoutVisit", "retentionYears", "\"5\"");

        // unticking a box is saved too (the form's marker field)
        mvc.perform(form("/admin/settings/selection", "animatorMayDeclineWithoutVisit", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.selectionRules().animatorMayDeclineWithoutVisit()).isFalse();
        assertThat(settings.selectionRules().committeeSkippableForPassingRenewals())
                .isTrue();
    }

    @Test
    void outOfRangeValuesAreRefusedBesideTheFieldsWithWhatWasTypedKept() throws Exception {
        mvc.perform(form(
                        "/admin/settings/selection",
                        "reapplyDelayMonths",
                        "61",
                        "retentionYears",
                        "0",
                        "committeeSkippableForPassingRenewals",
                        before.committeeSkippableForPassingRenewals() ? "" : "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reapplyDelayMonths-error\"")))
                .andExpect(content().string(containsString("Le délai est un nombre de mois compris entre 0 et 60.")))
                .andExpect(content()
                        .string(containsString(
                                "aria-describedby=\"reapplyDelayMonths-hint reapplyDelayMonths-error\"")))
                .andExpect(content().string(containsString("value=\"61\"")))
                .andExpect(content().string(containsString("id=\"retentionYears-error\"")))
                .andExpect(content()
                        .string(containsString(
                                "La durée de conservation est un nombre d’années compris entre 1 et 10.")))
                .andExpect(content().string(containsString("value=\"0\"")));
        assertThat(settings.selectionRules()).isEqualTo(before);

        mvc.perform(form("/en/admin/settings/selection", "reapplyDelayMonths", "-1", "retentionYears", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The delay is a number of months between 0 and 60.")))
                .andExpect(
                        content().string(containsString("The retention period is a number of years between 1 and 10.")))
                .andExpect(content().string(containsString("value=\"-1\"")))
                .andExpect(content().string(containsString("value=\"11\"")));
        // not a number (a browser sends nothing from a number field holding text)
        mvc.perform(form("/admin/settings/selection", "reapplyDelayMonths", "douze"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reapplyDelayMonths-error\"")))
                .andExpect(content().string(containsString("Saisissez un nombre entier.")));
        assertThat(settings.selectionRules()).isEqualTo(before);
    }

    @Test
    void theBoundsAreAccepted() throws Exception {
        mvc.perform(form("/admin/settings/selection", "reapplyDelayMonths", "0", "retentionYears", "10"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.selectionRules().reapplyDelayMonths()).isZero();
        assertThat(settings.selectionRules().retentionYears()).isEqualTo(10);
        mvc.perform(form("/admin/settings/selection", "reapplyDelayMonths", "60", "retentionYears", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.selectionRules().reapplyDelayMonths()).isEqualTo(60);
        assertThat(settings.selectionRules().retentionYears()).isEqualTo(1);
    }

    @Test
    void aStaleFormOverwritesNothing() throws Exception {
        long version = settings.current().version();
        // someone else saves in between
        mvc.perform(form("/admin/settings/selection", "reapplyDelayMonths", "18"))
                .andExpect(status().is3xxRedirection());
        SelectionRules saved = settings.selectionRules();
        mvc.perform(form("/admin/settings/selection", "version", String.valueOf(version), "reapplyDelayMonths", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiés entre-temps")))
                .andExpect(content().string(containsString("value=\"30\"")))
                .andExpect(content().string(not(containsString("Paramètres enregistrés."))));
        assertThat(settings.selectionRules()).isEqualTo(saved);
        assertThat(saved.reapplyDelayMonths()).isEqualTo(18);
    }

    private long selectionAuditCount() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where object_type = 'Destination' and action = 'SELECTION_RULES_CHANGED'",
                Long.class);
    }
}
