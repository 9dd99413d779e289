import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Batch planner for a goods-to-tote robot fleet in a fulfilment centre. Pick
 * waves released by the warehouse management system are batched onto robot
 * carts, each batch is sequenced into a tour and every leg is routed on the
 * floor grid. Waves are planned in parallel, one per worker at a time.
 */
public class RobotFleetPlanner {
    static final int WAVES = 3600;
    static final int ORDERS_PER_WAVE = 90;
    static final int ROBOTS_PER_WAVE = 24;

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Warehouse wh = Warehouse.standardLayout(210, 126, 20240611L);
        System.out.println("layout: " + wh.width + "x" + wh.height + ", " + wh.pickFaces() + " pick faces, "
                + wh.skuCount() + " SKUs, " + wh.packStations.length + " pack stations, " + wh.chargers.length + " chargers");

        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<WavePlanner> planners = ThreadLocal.withInitial(() -> new WavePlanner(wh));
        List<Future<WaveResult>> futures = new ArrayList<>(WAVES);
        for (int w = 0; w < WAVES; w++) {
            final int wave = w;
            futures.add(pool.submit(() -> {
                String released = OrderRelease.wave(wh, wave, ORDERS_PER_WAVE, 7919L * wave + 17);
                return planners.get().plan(wave, released, ROBOTS_PER_WAVE);
            }));
        }
        FleetReport report = new FleetReport();
        for (Future<WaveResult> f : futures) {
            report.add(f.get());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.print(report.render());
        System.out.println("elapsed " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
