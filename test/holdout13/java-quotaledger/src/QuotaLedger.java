import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Monthly fishing quota reconciliation: replays e-logbook landing declarations,
 * deducts catches from each producer organisation's quota per stock and reports
 * uptake, overshoots and swaps.
 */
public class QuotaLedger {
    public static void main(String[] args) throws Exception {
        int landingsPerPartition = args.length > 0 ? Integer.parseInt(args[0]) : 120_000_000;
        long t0 = System.nanoTime();
        StockRegistry registry = StockRegistry.standard();
        Fleet fleet = Fleet.generate(1200, 3L);

        int partitions = 4;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<LedgerPartition>> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            final int id = p;
            parts.add(pool.submit(() -> {
                LedgerPartition lp = new LedgerPartition(registry, fleet);
                LandingFeed feed = new LandingFeed(fleet, registry, 1000L + id);
                for (int i = 0; i < landingsPerPartition; i++) {
                    lp.apply(feed.next());
                }
                return lp;
            }));
        }
        LedgerPartition total = new LedgerPartition(registry, fleet);
        for (Future<LedgerPartition> f : parts) {
            total.merge(f.get());
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.print(UptakeReport.render(total, registry, fleet));
        System.out.printf("processed %d landings in %.2fs%n", (long) partitions * landingsPerPartition, (System.nanoTime() - t0) / 1e9);
    }
}
