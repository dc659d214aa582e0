package fr.ambassade.selection.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import fr.ambassade.selection.domain.StaffScreensFixture;
import fr.ambassade.selection.domain.StaffScreensFixture.File;
import fr.ambassade.selection.domain.StaffScreensFixture.Staff;
import fr.ambassade.shared.security.Role;
import fr.ambassade.support.BrowserTestSupport;
import fr.ambassade.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on the staff screens (application file with a visit and its spread, my visits, the evaluation form's
 * declaration and scores), rendered through MockMvc for the acting staff member and served to the browser; the
 * evaluation form also at 375 px (a phone); a deferred file (the reopen form) and a passing renewal (accept without a
 * committee). Screenshots in {@code target/}.
 */
@IntegrationTest
class StaffScreensAccessibilityTest extends BrowserTestSupport {

    @Autowired
    WebApplicationContext ctx;

    @Autowired
    StaffScreensFixture fixture;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private void check(String path, Staff who, String screenshot) throws Exception {
        String html = mvc.perform(
                        get(path).with(user(who.email()).roles(who.role().name())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String target = url(path);
        page.route(
                u -> u.equals(target),
                r -> r.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html;charset=utf-8")
                        .setBody(html)));
        page.navigate(target);
        page.waitForLoadState();
        checkAccessibility();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", screenshot))
                .setFullPage(true));
    }

    @Test
    void theStaffScreensAreAccessible() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff conflicted = fixture.staff(Role.COUNSELOR);
        Staff scorer = fixture.staff(Role.EDITOR);
        Staff other = fixture.staff(Role.DIRECTOR);
        File file = fixture.underReview("Ferme accessible", animator);
        long visitId = fixture.visit(file, animator, conflicted, scorer, other);
        fixture.submit(visitId, other, 1, "Vu sur place");

        check("/admin/visits/" + visitId + "/evaluation", scorer, "selection-evaluation-declaration.png");
        check("/admin/visits/mine", scorer, "selection-my-visits.png");
        check("/admin/applications/" + file.id(), animator, "selection-file.png");

        fixture.declareNoConflict(visitId, scorer);
        check("/admin/visits/" + visitId + "/evaluation", scorer, "selection-evaluation-scores.png");
        page.setViewportSize(375, 800);
        check("/admin/visits/" + visitId + "/evaluation", scorer, "selection-evaluation-375.png");
    }

    @Test
    void theReopenAndRenewalDecisionFormsAreAccessible() throws Exception {
        Staff animator = fixture.staff(Role.ANIMATOR);
        Staff director = fixture.staff(Role.DIRECTOR);
        File deferred = fixture.deferred("Ajourné accessible");
        check("/admin/applications/" + deferred.id(), animator, "selection-file-deferred.png");
        fixture.committeeSkippableForPassingRenewals(true);
        try {
            File renewal =
                    fixture.evaluatedRenewal("Renouvellement accessible", 3).file();
            check("/admin/applications/" + renewal.id(), director, "selection-file-renewal.png");
        } finally {
            fixture.committeeSkippableForPassingRenewals(false);
        }
    }
}
