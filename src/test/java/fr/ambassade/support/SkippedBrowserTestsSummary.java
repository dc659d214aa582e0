package fr.ambassade.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the browser tests (tag {@code browser}) that did not run — skipped, or aborted because Chromium is missing
 * (see {@link BrowserTestSupport}) — and prints, once every test is over, how many and why, so that a green
 * {@code ./mvnw verify} without Chromium does not pass for a full run. Registered for the JUnit Platform through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}; silent when every browser test ran.
 * The same lines are written to {@code target/browser-tests-skipped.txt}, which the build prints again at the very
 * end of {@code ./mvnw verify} (see the {@code pom.xml}).
 */
public class SkippedBrowserTestsSummary implements TestExecutionListener {

    static final TestTag BROWSER = TestTag.create("browser");
    static final Path REPORT = Path.of("target", "browser-tests-skipped.txt");

    private TestPlan plan;
    private final Map<String, Long> skippedByReason = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skippedByReason.clear();
        try {
            Files.deleteIfExists(REPORT);
        } catch (IOException e) {
            // an old report stays; it is overwritten below when something is skipped
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        count(identifier, reason);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            count(identifier, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void count(TestIdentifier identifier, String reason) {
        if (!identifier.getTags().contains(BROWSER)) {
            return;
        }
        // a class aborted in @BeforeAll (no Chromium) reports itself, never its tests: count the tests it holds
        long tests = identifier.isTest()
                ? 1
                : plan.getDescendants(identifier).stream()
                        .filter(TestIdentifier::isTest)
                        .count();
        if (tests > 0) {
            skippedByReason.merge(reason == null || reason.isBlank() ? "no reason given" : reason, tests, Long::sum);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skippedByReason.isEmpty()) {
            return;
        }
        String summary = summary();
        System.out.println();
        summary.lines().forEach(line -> System.out.println("[WARNING] " + line));
        System.out.flush();
        try {
            if (Files.isDirectory(REPORT.getParent())) {
                Files.writeString(REPORT, summary, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summary() {
        long total =
                skippedByReason.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out =
                new StringBuilder(total + " browser test" + (total == 1 ? "" : "s") + " skipped (not run):\n");
        skippedByReason.forEach((reason, n) ->
                out.append("  ").append(n).append(" × ").append(reason).append('\n'));
        out.append("Install Chromium (or set CHROME_PATH) to run them; AMBASSADE_REQUIRE_BROWSER=true makes "
                + "a missing browser fail the build.\n");
        return out.toString();
    }
}
