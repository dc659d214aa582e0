package fr.ambassade.providers.importing.bench;

import fr.ambassade.AmbassadeApplication;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ProviderLookups;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderSearch;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Search latency of the providers directory (docs/benchmarks.md, issue 3): boots the application on the data
 * directory given by {@code AMBASSADE_DATA_DIR} (no port opened), then calls {@link ProviderSearch} — what the
 * back-office directory page calls — for 20 typical French queries, first page of 25 as on the page (hits loaded
 * from the database, counts per category and status). Warm-up, then {@code rounds} rounds over the 20 queries;
 * prints p50/p95/p99 per query and overall, in milliseconds; then times the list page's filter options (communes and
 * labels in use) the same way.
 *
 * <p>Usage: {@code SearchBenchmark [rounds=50] [warm-up rounds=20] [page size=25]} (a page of 1 shows how much of
 * the time is the loading of the hits from the database).
 */
public final class SearchBenchmark {

    record Case(String label, ProviderQuery query) {}

    static final String BETHUNE = "62119";

    static List<Case> cases() {
        return List.of(
                new Case("chateau", ProviderQuery.text("chateau")),
                new Case("gite", ProviderQuery.text("gite")),
                new Case("gîtes (plural, accent)", ProviderQuery.text("gîtes")),
                new Case("boulangerie", ProviderQuery.text("boulangerie")),
                new Case("musee de la mine", ProviderQuery.text("musee de la mine")),
                new Case("restaurant bethune", ProviderQuery.text("restaurant bethune")),
                new Case("chambre d'hotes", ProviderQuery.text("chambre d'hotes")),
                new Case("velo", ProviderQuery.text("velo")),
                new Case("ferme", ProviderQuery.text("ferme")),
                new Case("brasserie", ProviderQuery.text("brasserie")),
                new Case("camping", ProviderQuery.text("camping")),
                new Case("chateu (typo)", ProviderQuery.text("chateu")),
                new Case("musé (typo)", ProviderQuery.text("musé")),
                new Case("estaminets (plural)", ProviderQuery.text("estaminets")),
                new Case("carbonade flamande", ProviderQuery.text("carbonade flamande")),
                new Case(
                        "gite + ACCOMMODATION",
                        ProviderQuery.text("gite").withCategory(ProviderCategory.ACCOMMODATION)),
                new Case("estaminet + Béthune", ProviderQuery.text("estaminet").withCommune(BETHUNE)),
                new Case("terril randonnee velo", ProviderQuery.text("terril randonnée vélo")),
                new Case("Dupont (family name)", ProviderQuery.text("Dupont")),
                new Case("no text, FOOD, by name", ProviderQuery.all().withCategory(ProviderCategory.FOOD)));
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AmbassadeApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--server.port=-1");
        int status = 0;
        try {
            run(context.getBean(ProviderSearch.class), rounds, warmUp, pageSize);
            filterOptions(context.getBean(ProviderLookups.class), rounds, warmUp);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    static void run(ProviderSearch search, int rounds, int warmUp, int pageSize) {
        List<Case> cases = cases();
        PageRequest page = PageRequest.of(0, pageSize);
        long providers = search.search(ProviderQuery.all(), page).page().getTotalElements();
        long[] hits = new long[cases.size()];
        for (int r = 0; r < warmUp; r++) {
            for (int i = 0; i < cases.size(); i++) {
                hits[i] = search.search(cases.get(i).query(), page).page().getTotalElements();
            }
        }
        long[][] nanos = new long[cases.size()][rounds];
        long[] all = new long[cases.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < cases.size(); i++) {
                long t0 = System.nanoTime();
                search.search(cases.get(i).query(), page);
                long t = System.nanoTime() - t0;
                nanos[i][r] = t;
                all[k++] = t;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Search benchmark: %,d providers in the index; %d queries, %d warm-up "
                        + "rounds then %d measured rounds (page of %d)%n",
                providers,
                cases.size(),
                warmUp,
                rounds,
                pageSize));
        out.append(
                String.format(Locale.ROOT, "%-28s %10s %8s %8s %8s%n", "query", "hits", "p50 ms", "p95 ms", "p99 ms"));
        String worst = null;
        double worstP95 = -1;
        for (int i = 0; i < cases.size(); i++) {
            Arrays.sort(nanos[i]);
            double p95 = percentile(nanos[i], 95);
            if (p95 > worstP95) {
                worstP95 = p95;
                worst = cases.get(i).label();
            }
            out.append(String.format(
                    Locale.ROOT,
                    "%-28s %,10d %8.1f %8.1f %8.1f%n",
                    cases.get(i).label(),
                    hits[i],
                    percentile(nanos[i], 50),
                    p95,
                    percentile(nanos[i], 99)));
        }
        Arrays.sort(all);
        out.append(String.format(
                Locale.ROOT,
                "OVERALL p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms; worst query " + "by p95: %s (%.1f ms)%n",
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                all[all.length - 1] / 1e6,
                worst,
                worstP95));
        System.out.print(out);
        System.out.flush();
    }

    /** The list page's other reads: the communes and labels offered as filters, timed like the searches. */
    static void filterOptions(ProviderLookups lookups, int rounds, int warmUp) {
        int communes = 0;
        int labels = 0;
        for (int r = 0; r < warmUp; r++) {
            communes = lookups.communes().size();
            labels = lookups.labels().size();
        }
        long[] nanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            lookups.communes();
            lookups.labels();
            nanos[r] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "FILTER OPTIONS (%d communes, %d labels): p50=%.1f ms p95=%.1f ms p99=%.1f ms%n",
                communes,
                labels,
                percentile(nanos, 50),
                percentile(nanos, 95),
                percentile(nanos, 99));
        System.out.flush();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private SearchBenchmark() {}
}
