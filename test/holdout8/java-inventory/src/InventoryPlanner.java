import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Nightly replenishment run: fits a demand forecast for every SKU at every
 * distribution centre, derives reorder points and proposes purchase orders.
 */
public final class InventoryPlanner {
    private static final Logger LOG = Logger.getLogger(InventoryPlanner.class.getName());

    public static void main(String[] args) throws Exception {
        int skuCount = args.length > 0 ? Integer.parseInt(args[0]) : 7_000;
        int historyDays = args.length > 1 ? Integer.parseInt(args[1]) : 540;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String out = args.length > 3 ? args[3] : "/dev/null";

        long t0 = System.nanoTime();
        Random rnd = new Random(7);
        List<Sku> skus = Catalog.skus(skuCount, rnd);
        List<Warehouse> warehouses = Catalog.warehouses();
        LocalDate first = LocalDate.of(2023, 1, 2);
        LocalDate planDate = first.plusDays(historyDays);
        int nextSeasonIndex = historyDays % Forecaster.SEASON;

        StockPolicy policy = new StockPolicy(0.975);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<StockPolicy.Decision>>> futures = new ArrayList<>();
        for (Warehouse wh : warehouses) {
            for (int from = 0; from < skus.size(); from += 500) {
                List<Sku> slice = skus.subList(from, Math.min(skus.size(), from + 500));
                long seed = rnd.nextLong();
                futures.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    List<StockPolicy.Decision> decisions = new ArrayList<>();
                    for (Sku sku : slice) {
                        DemandSeries series = Catalog.history(sku, wh, first, historyDays, r);
                        Forecaster.Fit fit = Forecaster.fit(series.daily());
                        StockPolicy.Decision d = policy.decide(series, fit, nextSeasonIndex);
                        if (LOG.isLoggable(Level.FINE)) {
                            LOG.fine(wh.code() + " " + sku.code() + " alpha=" + fit.alpha() + " rop=" + d.reorderPoint());
                        }
                        if (d.reorder()) {
                            decisions.add(d);
                        }
                    }
                    return decisions;
                }));
            }
        }
        List<StockPolicy.Decision> all = new ArrayList<>();
        for (Future<List<StockPolicy.Decision>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();

        try (BufferedWriter w = new BufferedWriter(new FileWriter(out), 1 << 16)) {
            new ReportWriter(Locale.GERMANY).write(w, planDate, all);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "could not write proposal", e);
            System.exit(1);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("series=" + skus.size() * warehouses.size() + " reorders=" + all.size()
                + " serviceLevel=" + policy.serviceLevel() + " elapsedMs=" + ms);
    }
}
