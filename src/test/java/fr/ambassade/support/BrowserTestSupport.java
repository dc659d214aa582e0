package fr.ambassade.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of browser journeys: one Debian Chromium per test class (Playwright, no browser download),
 * a fresh browser context per test, and {@link #visit(String)} / {@link #checkAccessibility()} that run
 * axe-core on every page a test looks at. Without Chromium the journeys are skipped, unless
 * {@code AMBASSADE_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public abstract class BrowserTestSupport {

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    static Path chromium() {
        String env = System.getenv("CHROME_PATH");
        for (String candidate : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @BeforeAll
    void launchBrowser() {
        Path chrome = chromium();
        if (chrome == null) {
            if ("true".equalsIgnoreCase(System.getenv("AMBASSADE_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(
                        "Chromium is required (AMBASSADE_REQUIRE_BROWSER=true) but was not found");
            }
            Assumptions.abort("Chromium not installed: browser journeys skipped (apt-get install chromium)");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chrome)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it with axe-core. */
    protected Page visit(String path) {
        page.navigate(url(path));
        checkAccessibility();
        return page;
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the current page and fails on any violation. */
    protected void checkAccessibility() {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ":\n"
                        + violations.stream()
                                .map(v -> v.getId() + ": " + v.getHelp() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget().toString())
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Logs in through the login form as a demo account ({@code <role>@demo.ambassade.test}). */
    protected void loginAs(String email, String password) {
        visit("/login");
        page.getByLabel(java.util.regex.Pattern.compile("e-mail|email", java.util.regex.Pattern.CASE_INSENSITIVE))
                .first()
                .fill(email);
        page.locator("input[type=password]").first().fill(password);
        page.locator("form [type=submit]").first().click();
        page.waitForLoadState();
    }
}
