import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Assigns one instructor to every class of a slot. Starts from a greedy
 * solution and improves it by simulated annealing over swaps and
 * replacements.
 */
final class InstructorAssigner {
    static final int UNQUALIFIED = 1_000_000;

    record Result(int[] instructorOf, long cost, int languageMisses, int unstaffed) {}

    private final List<Instructor> instructors;
    private final Map<String, Integer> pointIndex;
    private final int[][] walkMinutes;

    InstructorAssigner(List<Instructor> instructors, Map<String, Integer> pointIndex, int[][] walkMinutes) {
        this.instructors = instructors;
        this.pointIndex = pointIndex;
        this.walkMinutes = walkMinutes;
    }

    int cost(LessonClass c, Instructor in) {
        if (c.discipline.equals("SNOWBOARD") != in.snowboard) {
            return UNQUALIFIED;
        }
        if (in.maxLevel < c.maxLevel || (c.children && !in.kidsCertified)) {
            return UNQUALIFIED;
        }
        int cost = 0;
        if (!in.languages.contains(c.language)) {
            cost += in.languages.contains("en") ? 30 : 90;
        }
        cost += walkMinutes[pointIndex.get(in.homeMeetingPoint)][pointIndex.get(c.meetingPoint)];
        cost += (in.maxLevel - c.maxLevel) * 4; // keep the experts for the hard classes
        if (c.privateLesson) {
            cost += in.maxLevel >= 5 ? 0 : 10;
        }
        return cost;
    }

    Result assign(List<LessonClass> classes, long seed, int iterations) {
        int nc = classes.size(), ni = instructors.size();
        int[][] cost = new int[nc][ni];
        for (int c = 0; c < nc; c++) {
            for (int i = 0; i < ni; i++) {
                cost[c][i] = cost(classes.get(c), instructors.get(i));
            }
        }
        int[] of = new int[nc];
        int[] owner = new int[ni];
        Arrays.fill(of, -1);
        Arrays.fill(owner, -1);
        greedy(cost, of, owner);
        anneal(cost, of, owner, seed, iterations);
        int misses = 0, unstaffed = 0;
        for (int c = 0; c < nc; c++) {
            if (of[c] < 0 || cost[c][of[c]] >= UNQUALIFIED) {
                unstaffed++;
            } else if (!instructors.get(of[c]).languages.contains(classes.get(c).language)) {
                misses++;
            }
        }
        return new Result(of, total(cost, of), misses, unstaffed);
    }

    /** Most constrained classes first, each takes its cheapest free instructor. */
    private static void greedy(int[][] cost, int[] of, int[] owner) {
        int nc = of.length, ni = owner.length;
        long[] order = new long[nc];
        for (int c = 0; c < nc; c++) {
            int options = 0;
            for (int i = 0; i < ni; i++) {
                if (cost[c][i] < UNQUALIFIED) {
                    options++;
                }
            }
            order[c] = ((long) options << 32) | c;
        }
        Arrays.sort(order);
        for (long packed : order) {
            int c = (int) packed;
            int best = -1;
            for (int i = 0; i < ni; i++) {
                if (owner[i] < 0 && cost[c][i] < UNQUALIFIED && (best < 0 || cost[c][i] < cost[c][best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                of[c] = best;
                owner[best] = c;
            }
        }
    }

    /** Simulated annealing over moves of an instructor to another class (swapping if taken). */
    private static void anneal(int[][] cost, int[] of, int[] owner, long seed, int iterations) {
        int nc = of.length, ni = owner.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double temperature = 40;
        double cooling = Math.pow(0.05 / temperature, 1.0 / Math.max(1, iterations));
        for (int it = 0; it < iterations; it++, temperature *= cooling) {
            int c = rng.nextInt(nc);
            int i = rng.nextInt(ni);
            int cur = of[c];
            if (i == cur) {
                continue;
            }
            int other = owner[i];
            long delta = costOf(cost, c, i) - costOf(cost, c, cur);
            if (other >= 0) {
                delta += costOf(cost, other, cur) - costOf(cost, other, i);
            }
            if (delta <= 0 || rng.nextDouble() < Math.exp(-delta / temperature)) {
                of[c] = i;
                owner[i] = c;
                if (cur >= 0) {
                    owner[cur] = other;
                }
                if (other >= 0) {
                    of[other] = cur;
                }
            }
        }
    }

    private static long costOf(int[][] cost, int c, int i) {
        return i < 0 ? 5 * UNQUALIFIED / 1000 : cost[c][i];
    }

    private static long total(int[][] cost, int[] of) {
        long t = 0;
        for (int c = 0; c < of.length; c++) {
            t += costOf(cost, c, of[c]);
        }
        return t;
    }
}
