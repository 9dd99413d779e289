import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Bed-planning simulator for a regional hospital network. Each site is
 * simulated in quarter-hour steps over a winter season: emergency admissions arrive
 * from the ED system, are placed on wards, observed, and discharged; the bed
 * management office publishes a bed board every hour.
 */
public class HospitalNetworkPlanner {

    static final String[] SITES = {"St Brigid", "Northgate General", "Riverside", "Kingsmead", "Harrow Vale", "Eastfield"};
    static final int DAYS = 80;

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setName("site-sim-" + t.getId());
            return t;
        });
        List<Future<SiteReport>> futures = new ArrayList<>();
        for (int i = 0; i < SITES.length; i++) {
            Site site = Site.build(SITES[i], i, 24);
            futures.add(pool.submit(new SiteSimulation(site, DAYS, 7301L * (i + 1))));
        }
        List<SiteReport> reports = new ArrayList<>();
        for (Future<SiteReport> f : futures) {
            reports.add(f.get());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        NetworkSummary summary = new NetworkSummary(reports);
        System.out.print(summary.render());
        System.out.println("elapsed " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
