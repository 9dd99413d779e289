package ontsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Nightly fibre access inventory sync: pulls every ONT record from the OLT
 * element manager, reconciles it into the local inventory, and writes the
 * field-operations report of degraded optical links.
 */
public final class InventorySyncMain {

    public static void main(String[] args) throws Exception {
        int onts = args.length > 0 ? Integer.parseInt(args[0]) : 160_000;
        int pageSize = 2_000;
        long seed = 7_340_021L;

        long started = System.nanoTime();
        Path workDir = Files.createTempDirectory("ont-sync-");
        ElementManagerStub ems = new ElementManagerStub(seed, onts);
        ems.start();
        try {
            InventoryClient client = new InventoryClient(ems.baseUri());
            InventoryStore store = new InventoryStore();
            SyncWorker worker = new SyncWorker(client, store, pageSize);
            SyncWorker.Result result = worker.syncAll();

            FieldOpsReport report = new FieldOpsReport(store);
            Path reportFile = workDir.resolve("field-ops-report.csv");
            int rows = report.write(reportFile);

            System.out.printf("synced %d ONTs in %d pages (%d changed, %d rejected)%n",
                    result.records(), result.pages(), result.changed(), result.rejected());
            System.out.printf("PON ports %d, degraded links %d, LOS %d, report rows %d (%d bytes)%n",
                    store.portCount(), store.degradedCount(), store.losCount(), rows, Files.size(reportFile));
            for (String line : store.worstPorts(3)) {
                System.out.println("  " + line);
            }
        } finally {
            ems.stop();
            deleteTree(workDir);
        }
        System.out.printf("elapsed %.1fs%n", (System.nanoTime() - started) / 1e9);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
