package org.example.catalog;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;

/** Nightly catalogue import: four workers parse supplier records and publish them to the index. */
public final class CatalogImport {
    private static final int RECORDS = 60_000;
    private static final int WORKERS = 4;

    private CatalogImport() {}

    public static void main(String[] args) throws Exception {
        CatalogIndex index = new CatalogIndex();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<int[]>> results = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            long shardSeed = 20240611L + w;
            // each worker reads (here: generates) its own shard of the supplier upload
            results.add(pool.submit(() -> importSlice(SupplierFeed.generate(RECORDS / WORKERS, shardSeed), index)));
        }
        int accepted = 0;
        int rejected = 0;
        for (Future<int[]> f : results) {
            int[] r = f.get();
            accepted += r[0];
            rejected += r[1];
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        if (accepted + rejected != RECORDS || index.size() == 0 || index.categories() == 0) {
            System.err.println("catalog import inconsistent: " + accepted + "/" + rejected);
            System.exit(1);
        }
    }

    private static int[] importSlice(List<String> lines, CatalogIndex index) {
        RecordParser parser = new RecordParser();
        int accepted = 0;
        int rejected = 0;
        for (String line : lines) {
            Product product = parser.parse(line);
            if (product == null) {
                rejected++;
                continue;
            }
            index.publish(product, ShelfLabels.label(product));
            accepted++;
        }
        return new int[] {accepted, rejected};
    }
}
