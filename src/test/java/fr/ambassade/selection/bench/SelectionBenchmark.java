package fr.ambassade.selection.bench;

import fr.ambassade.AmbassadeApplication;
import fr.ambassade.accounts.domain.DemoAccounts;
import fr.ambassade.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Latency of the selection screens at scale (docs/benchmarks.md, "Selection screens", issue 9): boots the real
 * application (embedded default, demo mode: the demo logins) on the data directory given by
 * {@code AMBASSADE_DATA_DIR}, on a free port; tops the database up with {@link SelectionScaleData} (100,000
 * providers, 3,000 applications, 1,000 active memberships by default); signs in as the demo director through the
 * login form; then, over HTTP, asks each screen {@code warm-up} times, then {@code requests} times in turn (round
 * robin, one request at a time), checking each answer is a 200 with the screen's own text. Prints p50/p95/max per
 * screen in milliseconds (time to the whole body) and exits 1 when a screen's p95 reaches the budget (100 ms).
 *
 * <p>Usage: {@code SelectionBenchmark [requests=200] [warm-up=50] [providers=100000] [applications=3000]
 * [memberships=1000]}; launched by {@code scripts/bench-selection.sh}.
 */
public final class SelectionBenchmark {

    static final double BUDGET_MS = 100;

    record Screen(String label, String path, String mustContain) {}

    public static void main(String[] args) throws Exception {
        int requests = arg(args, 0, 200);
        int warmUp = arg(args, 1, 50);
        int providers = arg(args, 2, 100_000);
        int applications = arg(args, 3, 3_000);
        int memberships = arg(args, 4, 1_000);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AmbassadeApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--server.port=0");
        int status;
        try {
            SelectionScaleData data = new SelectionScaleData(
                    context.getBean(JdbcTemplate.class), context.getBean(TransactionTemplate.class));
            SelectionScaleData.Seeded seeded = data.topUpTo(providers, applications, memberships);
            System.out.printf(
                    Locale.ROOT,
                    "Seeded in %,d ms: +%,d providers, +%,d applications, +%,d memberships; totals: %,d providers,"
                            + " %,d applications, %,d visits, %,d evaluations, %,d scores, %,d active memberships%n",
                    seeded.millis(),
                    seeded.providersAdded(),
                    seeded.applicationsAdded(),
                    seeded.membershipsAdded(),
                    seeded.providers(),
                    seeded.applications(),
                    seeded.visits(),
                    seeded.evaluations(),
                    seeded.scores(),
                    seeded.memberships());
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            status = run(port, screens(context.getBean(JdbcTemplate.class)), requests, warmUp) ? 0 : 1;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 2;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    static List<Screen> screens(JdbcTemplate jdbc) {
        long scheduled =
                jdbc.queryForObject("select max(id) from application where state = 'VISIT_SCHEDULED'", Long.class);
        long accepted = jdbc.queryForObject("select max(id) from application where state = 'ACCEPTED'", Long.class);
        return List.of(
                new Screen("director's panel /admin", "/admin", "dashboard-map"),
                new Screen("queue, first page", "/admin/applications", "<tbody>"),
                new Screen("queue, SUBMITTED", "/admin/applications?state=SUBMITTED", "<tbody>"),
                new Screen("queue, ACCEPTED", "/admin/applications?state=ACCEPTED", "<tbody>"),
                new Screen("queue, page 10", "/admin/applications?page=10", "<tbody>"),
                new Screen("file, visit scheduled", "/admin/applications/" + scheduled, "<h1"),
                new Screen("file, accepted", "/admin/applications/" + accepted, "<h1"));
    }

    /** Measures the screens; true when every p95 is within the budget. */
    static boolean run(int port, List<Screen> screens, int requests, int warmUp) throws Exception {
        Browser director = Browser.signIn(
                port, DemoAccounts.ALL.get(0).email(), DemoAccounts.ALL.get(0).password());
        long[] bytes = new long[screens.size()];
        for (int r = 0; r < warmUp; r++) {
            for (int i = 0; i < screens.size(); i++) {
                bytes[i] = get(director, screens.get(i)).length();
            }
        }
        long[][] nanos = new long[screens.size()][requests];
        for (int r = 0; r < requests; r++) {
            for (int i = 0; i < screens.size(); i++) {
                long t0 = System.nanoTime();
                get(director, screens.get(i));
                nanos[i][r] = System.nanoTime() - t0;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Selection screens over HTTP: %d warm-up rounds, then %d requests per screen, one at a time%n",
                warmUp,
                requests));
        out.append(String.format(
                Locale.ROOT, "%-26s %-40s %9s %8s %8s %8s%n", "screen", "path", "chars", "p50 ms", "p95 ms", "max ms"));
        List<String> over = new ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            Arrays.sort(nanos[i]);
            double p95 = percentile(nanos[i], 95);
            out.append(String.format(
                    Locale.ROOT,
                    "%-26s %-40s %,9d %8.1f %8.1f %8.1f%n",
                    screens.get(i).label(),
                    screens.get(i).path(),
                    bytes[i],
                    percentile(nanos[i], 50),
                    p95,
                    nanos[i][requests - 1] / 1e6));
            if (p95 >= BUDGET_MS) {
                over.add(screens.get(i).label());
            }
        }
        out.append(
                over.isEmpty()
                        ? String.format(Locale.ROOT, "WITHIN BUDGET: every p95 < %.0f ms%n", BUDGET_MS)
                        : String.format(Locale.ROOT, "OVER BUDGET (p95 >= %.0f ms): %s%n", BUDGET_MS, over));
        System.out.print(out);
        System.out.flush();
        return over.isEmpty();
    }

    private static String get(Browser browser, Screen screen) throws Exception {
        HttpResponse<String> response = browser.get(screen.path());
        if (response.statusCode() != 200 || !response.body().contains(screen.mustContain())) {
            throw new IllegalStateException(
                    screen.path() + " answered " + response.statusCode() + " without \"" + screen.mustContain() + "\"");
        }
        return response.body();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i].replace("_", "")) : fallback;
    }

    private SelectionBenchmark() {}
}
