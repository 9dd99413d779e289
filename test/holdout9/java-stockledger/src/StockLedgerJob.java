import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Nightly stock-ledger reconciliation: replays the day's warehouse movements and reports valuation per warehouse. */
public class StockLedgerJob {
    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int movementsPerDay = args.length > 1 ? Integer.parseInt(args[1]) : 120_000;
        long started = System.nanoTime();

        Catalog catalog = Catalog.generate(25_000, 99L);
        List<String> warehouses = List.of("HAM-1", "MUC-2");
        ExecutorService pool = Executors.newFixedThreadPool(warehouses.size());
        List<Future<WarehouseReport>> results = new ArrayList<>();
        for (String wh : warehouses) {
            results.add(pool.submit(() -> {
                MovementFeed feed = new MovementFeed(catalog, wh, wh.hashCode());
                Ledger ledger = new Ledger(wh, catalog);
                for (int d = 0; d < days; d++) {
                    List<String> lines = feed.day(d, movementsPerDay);
                    ledger.applyAll(lines);
                    ledger.closeDay(d);
                }
                return ledger.report();
            }));
        }
        List<WarehouseReport> reports = new ArrayList<>();
        for (Future<WarehouseReport> f : results) {
            reports.add(f.get());
        }
        pool.shutdown();

        reports.sort(Comparator.comparing(r -> r.warehouse));
        for (WarehouseReport r : reports) {
            System.out.println(r.render());
        }
        Map<String, Long> rejectsByReason = reports.stream()
                .flatMap(r -> r.rejects.entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingLong(Map.Entry::getValue)));
        System.out.println("rejects: " + rejectsByReason);
        System.out.printf("elapsed=%.1fs%n", (System.nanoTime() - started) / 1e9);
    }
}
