package bindery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Quarterly production planning run of the bindery. */
public final class Main {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 260;
        long iterations = args.length > 1 ? Long.parseLong(args[1]) : 170_000;
        LocalDate start = LocalDate.of(2024, 4, 2);

        List<String> export = OrderExport.generate(jobs, start, 20240402L);
        JobParser.Result parsed = new JobParser().parse(export);
        List<Imposition> imps = new ArrayList<>(parsed.jobs.size());
        for (JobSpec j : parsed.jobs) imps.add(Imposition.of(j));

        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        Planner.Plan plan = new Planner(threads, 2, iterations).plan(parsed.jobs, imps, start);
        new Report().print(System.out, plan, imps, parsed.rejected, start);
        System.out.printf("planned in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
