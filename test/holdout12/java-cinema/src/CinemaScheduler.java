import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Weekly programming run for a cinema circuit: forecasts demand per site and
 * builds next week's showtimes, then renders the public listings.
 */
public final class CinemaScheduler {
    public static void main(String[] args) throws Exception {
        int nFilms = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int nSites = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long t0 = System.nanoTime();
        Catalog catalog = new Catalog(new Random(1895), nFilms, nSites);
        LocalDate weekStart = LocalDate.of(2024, 10, 21).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "programmer");
            t.setDaemon(true);
            return t;
        });
        ListingsWriter listings = new ListingsWriter(weekStart, catalog.films);
        List<Future<String>> futures = new ArrayList<>();
        List<ProgrammeOptimizer.Result> results = java.util.Collections.synchronizedList(new ArrayList<>());
        long seed = 7;
        for (Site site : catalog.sites) {
            final long sd = seed++;
            futures.add(pool.submit(() -> {
                DemandModel model = new DemandModel(site, catalog.films);
                ProgrammeOptimizer.Result r = new ProgrammeOptimizer(site, catalog.films, model).optimise(rounds, sd);
                results.add(r);
                return listings.render(r);
            }));
        }
        long chars = 0;
        String first = null;
        for (Future<String> f : futures) {
            String text = f.get();
            if (first == null) first = text;
            chars += text.length();
        }
        pool.shutdown();

        results.sort(java.util.Comparator.comparing(r -> r.site().code()));
        double totalRev = 0, totalAdm = 0;
        for (ProgrammeOptimizer.Result r : results) {
            totalRev += r.revenue();
            totalAdm += r.admissions();
            System.out.printf("%-3s %-13s screens=%2d shows=%4d admissions=%8.0f revenue=%10.2f unmet=%d%n",
                    r.site().code(), r.site().name(), r.site().screens().size(), r.shows().size(), r.admissions(),
                    r.revenue(), r.unmetObligations());
        }
        System.out.printf("circuit: %.0f admissions, %.2f revenue, %d listing chars%n", totalAdm, totalRev, chars);
        System.out.println(first.substring(0, Math.min(first.length(), 600)));
        System.out.printf("done in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
