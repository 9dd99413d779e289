package coldchain.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Receiving-dock QA for temperature-controlled pharmaceuticals: every
 * inbound shipment's logger export is checksummed, parsed and analysed for
 * excursions against the product's stability budget, and a release or
 * quarantine decision is written to the QA report.
 */
public final class ColdChainAudit {
    static final int TRUCK_LOAD = 40;

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        int shipments = args.length > 0 ? Integer.parseInt(args[0]) : 5500;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5512L;

        Path work = Files.createTempDirectory("coldchain-audit-");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ShipmentSimulator dock = new ShipmentSimulator(seed);
            Map<String, Product> products = new HashMap<>();
            for (Product p : Product.CATALOGUE) products.put(p.code(), p);

            LoggerExportParser parser = new LoggerExportParser();
            ExcursionAnalyzer analyzer = new ExcursionAnalyzer();
            List<ExcursionAnalyzer.Verdict> verdicts = new ArrayList<>(shipments);
            // Exports arrive a truck at a time; each truck's loggers are
            // analysed in parallel while the next truck is unloaded.
            List<Future<ExcursionAnalyzer.Verdict>> pending = new ArrayList<>();
            for (int done = 0; done < shipments; done += TRUCK_LOAD) {
                List<byte[]> truck = dock.nextArrivals(Math.min(TRUCK_LOAD, shipments - done));
                List<Future<ExcursionAnalyzer.Verdict>> submitted = new ArrayList<>(truck.size());
                for (byte[] export : truck) {
                    submitted.add(pool.submit(() -> {
                        String sum = ExportChecksum.of(export);
                        LoggerReading reading = parser.parse(export);
                        return analyzer.analyse(reading, products.get(reading.productCode), sum);
                    }));
                }
                for (Future<ExcursionAnalyzer.Verdict> f : pending) verdicts.add(f.get());
                pending = submitted;
            }
            for (Future<ExcursionAnalyzer.Verdict> f : pending) verdicts.add(f.get());

            Map<String, ReleaseReport.LaneStats> lanes = ReleaseReport.write(work.resolve("release-report.csv"), verdicts);
            long released = verdicts.stream().filter(ExcursionAnalyzer.Verdict::releasable).count();
            StringBuilder laneLine = new StringBuilder();
            lanes.forEach((lane, s) -> {
                laneLine.append(' ').append(lane).append(':').append(s.released).append('/').append(s.shipments)
                        .append(" p95mkt=");
                ReleaseReport.fixed2(laneLine, s.percentile(0.95));
            });
            System.out.println("shipments=" + verdicts.size() + " released=" + released
                    + " quarantined=" + (verdicts.size() - released) + laneLine);
        } finally {
            pool.shutdown();
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
