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
 * login form; then, over HTTP, asks each screen {@code warm-up} times, then {@code requests} times (one request at
 * a time), checking each answer is a 200 with the screen's own text. Prints p50/p95/max per
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

    /**
     * Measures the screens one after the other (warm-up, then the measured requests); true when every p95 is within
     * the budget. Besides the wall time, the CPU time the measured requests cost — this JVM (server and client) and
     * the embedded PostgreSQL's processes — divided by their number: a figure that the other work on a shared
     * machine hardly changes, unlike the latency.
     */
    static boolean run(int port, List<Screen> screens, int requests, int warmUp) throws Exception {
        Browser director = Browser.signIn(
                port, DemoAccounts.ALL.get(0).email(), DemoAccounts.ALL.get(0).password());
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Selection screens over HTTP: per screen %d warm-up requests, then %d measured, one at a time%n",
                warmUp,
                requests));
        out.append(String.format(
                Locale.ROOT,
                "%-24s %-38s %7s %7s %7s %7s %9s %9s%n",
                "screen",
                "path",
                "chars",
                "p50 ms",
                "p95 ms",
                "max ms",
                "java CPU",
                "pg CPU"));
        List<String> over = new ArrayList<>();
        for (Screen screen : screens) {
            int chars = 0;
            for (int r = 0; r < warmUp; r++) {
                chars = get(director, screen).length();
            }
            long[] nanos = new long[requests];
            long java0 = javaCpuNanos();
            long pg0 = postgresCpuTicks();
            for (int r = 0; r < requests; r++) {
                long t0 = System.nanoTime();
                get(director, screen);
                nanos[r] = System.nanoTime() - t0;
            }
            double javaMs = (javaCpuNanos() - java0) / 1e6 / requests;
            double pgMs = (postgresCpuTicks() - pg0) * 10.0 / requests; // USER_HZ = 100: a tick is 10 ms
            Arrays.sort(nanos);
            double p95 = percentile(nanos, 95);
            out.append(String.format(
                    Locale.ROOT,
                    "%-24s %-38s %,7d %7.1f %7.1f %7.1f %6.1f ms %6.1f ms%n",
                    screen.label(),
                    screen.path(),
                    chars,
                    percentile(nanos, 50),
                    p95,
                    nanos[requests - 1] / 1e6,
                    javaMs,
                    pgMs));
            if (p95 >= BUDGET_MS) {
                over.add(screen.label());
            }
        }
        out.append("(CPU: mean per measured request, java = this JVM's process time, pg = the embedded PostgreSQL's"
                + " processes)\n");
        out.append(
                over.isEmpty()
                        ? String.format(Locale.ROOT, "WITHIN BUDGET: every p95 < %.0f ms%n", BUDGET_MS)
                        : String.format(Locale.ROOT, "OVER BUDGET (p95 >= %.0f ms): %s%n", BUDGET_MS, over));
        System.out.print(out);
        System.out.flush();
        return over.isEmpty();
    }

    private static long javaCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime (clock ticks) of the embedded PostgreSQL's postmaster and its children; 0 if unknown. */
    private static long postgresCpuTicks() {
        try {
            java.nio.file.Path pidFile = java.nio.file.Path.of(
                    System.getenv().getOrDefault("AMBASSADE_DATA_DIR", "./var"), "pg", "postmaster.pid");
            long postmaster = Long.parseLong(
                    java.nio.file.Files.readAllLines(pidFile).get(0).trim());
            long ticks = 0;
            try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                    String name = d.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = java.nio.file.Files.readString(d.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // after the name: state, ppid, ..., utime at index 11, stime at 12
                        long pid = Long.parseLong(name);
                        if (pid == postmaster || Long.parseLong(f[1]) == postmaster) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // a process that ended meanwhile
                    }
                }
            }
            return ticks;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
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
