package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.settings.domain.SelectionRulesFixture;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The director edits the selection rules in a browser: a refused delay shows its message beside the field with what
 * was typed kept, then a valid change is saved; every page checked with axe-core. The rules are put back at the end.
 */
@IntegrationTest
class SelectionRulesBrowserTest extends BrowserTestSupport {

    @Autowired
    DestinationSettings settings;

    @Autowired
    SelectionRulesFixture rules;

    @Test
    void theDirectorEditsTheSelectionRules() {
        SelectionRules before = settings.selectionRules();
        try {
            loginAs("director@demo.ambassade.test", "demo-ambassade");
            visit("/admin/settings");
            page.locator("a[href='/admin/settings/selection']").first().click();
            page.waitForLoadState();
            checkAccessibility();

            page.locator("#reapplyDelayMonths").fill("61");
            page.locator("main form button[type=submit]").click();
            page.waitForLoadState();
            checkAccessibility();
            assertThat(page.locator("#reapplyDelayMonths-error").textContent()).contains("entre 0 et 60");
            assertThat(page.locator("#reapplyDelayMonths").inputValue()).isEqualTo("61");
            assertThat(settings.selectionRules()).isEqualTo(before);

            page.locator("#reapplyDelayMonths").fill("18");
            page.locator("#animatorMayDeclineWithoutVisit").setChecked(true);
            page.locator("main form button[type=submit]").click();
            page.waitForLoadState();
            checkAccessibility();
            assertThat(page.locator(".flash-success").textContent()).isNotBlank();
            assertThat(page.locator("#reapplyDelayMonths").inputValue()).isEqualTo("18");
            assertThat(page.locator("#animatorMayDeclineWithoutVisit").isChecked())
                    .isTrue();
            assertThat(settings.selectionRules())
                    .isEqualTo(before.withReapplyDelayMonths(18).withAnimatorMayDeclineWithoutVisit(true));

            visit("/en/admin/settings/selection");
            assertThat(page.locator("h1").textContent()).contains("Selection rules");
        } finally {
            rules.set(before);
        }
    }
}
