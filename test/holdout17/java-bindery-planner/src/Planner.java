package bindery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Builds the quarter's binding plan: materials, sequence and machine assignment. */
public final class Planner {
    public record Plan(ScheduleModel model, int[] order, double cost, double edgeCost,
                       double[] completion, int[][] assigned, double setupHours, List<Annealer.Outcome> runs) {}

    private final int threads;
    private final long iterationsPerRun;
    private final int runs;

    public Planner(int threads, int runs, long iterationsPerRun) {
        this.threads = threads;
        this.runs = runs;
        this.iterationsPerRun = iterationsPerRun;
    }

    public Plan plan(List<JobSpec> jobs, List<Imposition> imps, LocalDate start) throws Exception {
        ScheduleModel model = new ScheduleModel(jobs, imps, start);
        // Earliest due date, then priority: the planners' manual rule and the starting point.
        int[] edd = IntStream.range(0, jobs.size()).boxed()
                .sorted(Comparator.comparing((Integer j) -> jobs.get(j).due()).thenComparingInt(j -> jobs.get(j).priority()))
                .mapToInt(Integer::intValue).toArray();
        double eddCost = model.evaluate(edd, model.scratch());

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Annealer.Outcome>> futures = new ArrayList<>();
        try {
            for (int r = 0; r < runs; r++) {
                long seed = 0x5EEDL * (r + 1);
                Annealer an = new Annealer(model, iterationsPerRun, Math.max(1, eddCost * 0.002), 1.0);
                futures.add(pool.submit(() -> an.run(edd, seed)));
            }
            List<Annealer.Outcome> outcomes = new ArrayList<>();
            for (Future<Annealer.Outcome> f : futures) outcomes.add(f.get());
            Annealer.Outcome best = outcomes.stream().min(Comparator.comparingDouble(Annealer.Outcome::cost)).orElseThrow();
            ScheduleModel.Scratch s = model.scratch();
            double cost = model.evaluate(best.order(), s);
            return new Plan(model, best.order(), cost, eddCost, s.completion.clone(), deepCopy(s.assigned), s.setupHours, outcomes);
        } finally {
            pool.shutdown();
        }
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
