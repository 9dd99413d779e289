package ventilation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Life-of-mine ventilation study: plans the primary ventilation for each
 * month of the schedule and writes the ventilation report.
 */
public final class VentilationStudy {

    public static void main(String[] args) throws Exception {
        int months = 36;
        long seed = 90_210L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--months" -> months = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("vent-study-");
        try {
            List<VentilationPlanner.MonthPlan> plans = planAll(months, seed);
            Path report = work.resolve("ventilation-report.txt");
            VentilationReport.write(report, plans);
            VentilationReport.printSummary(plans, System.out);
            System.out.printf("report written: %d bytes%n", Files.size(report));
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                System.err.println("cleanup: " + e.getMessage());
            }
        }
    }

    static List<VentilationPlanner.MonthPlan> planAll(int months, long seed) throws Exception {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            VentilationPlanner planner = new VentilationPlanner(seed);
            List<Future<VentilationPlanner.MonthPlan>> futures = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                final int month = m;
                futures.add(pool.submit(() -> planner.plan(month)));
            }
            List<VentilationPlanner.MonthPlan> plans = new ArrayList<>(months);
            for (Future<VentilationPlanner.MonthPlan> f : futures) {
                plans.add(f.get());
            }
            return plans;
        } finally {
            pool.shutdown();
        }
    }
}
