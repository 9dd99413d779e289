package bindery;

import java.util.SplittableRandom;

/** Simulated annealing over job sequences with swap and insertion moves. */
public final class Annealer {
    public record Outcome(int[] order, double cost, long evaluations, long accepted) {}

    private final ScheduleModel model;
    private final long iterations;
    private final double startTemp;
    private final double endTemp;

    public Annealer(ScheduleModel model, long iterations, double startTemp, double endTemp) {
        this.model = model;
        this.iterations = iterations;
        this.startTemp = startTemp;
        this.endTemp = endTemp;
    }

    public Outcome run(int[] initial, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        ScheduleModel.Scratch scratch = model.scratch();
        int n = initial.length;
        int[] cur = initial.clone();
        int[] best = initial.clone();
        double curCost = model.evaluate(cur, scratch);
        double bestCost = curCost;
        long accepted = 0;
        double cooling = Math.pow(endTemp / startTemp, 1.0 / iterations);
        double temp = startTemp;
        for (long it = 0; it < iterations; it++, temp *= cooling) {
            int a = rng.nextInt(n), b = rng.nextInt(n);
            if (a == b) continue;
            boolean swap = rng.nextInt(3) == 0;
            if (swap) swap(cur, a, b); else move(cur, a, b);
            double c = model.evaluate(cur, scratch);
            double delta = c - curCost;
            if (delta <= 0 || rng.nextDouble() < Math.exp(-delta / temp)) {
                curCost = c;
                accepted++;
                if (c < bestCost) {
                    bestCost = c;
                    System.arraycopy(cur, 0, best, 0, n);
                }
            } else if (swap) {
                swap(cur, a, b);
            } else {
                move(cur, b, a);
            }
        }
        return new Outcome(best, bestCost, iterations, accepted);
    }

    static void swap(int[] x, int a, int b) {
        int t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    /** Moves the element at position from to position to, shifting the ones between. */
    static void move(int[] x, int from, int to) {
        int v = x[from];
        if (from < to) System.arraycopy(x, from + 1, x, from, to - from);
        else System.arraycopy(x, to, x, to + 1, from - to);
        x[to] = v;
    }
}
