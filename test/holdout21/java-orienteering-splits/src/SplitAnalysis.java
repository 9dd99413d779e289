package orient.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-course leg analysis: ranks every leg, estimates each runner's
 * performance index (median ratio of their legs to the best legs) and the
 * time lost on each leg against that index.
 */
public final class SplitAnalysis {

    public static final class LegStats {
        public final String course;
        public final int leg;
        public int runners;
        public int bestSec = Integer.MAX_VALUE;
        public double medianSec;
        public double totalLossSec;

        LegStats(String course, int leg) { this.course = course; this.leg = leg; }
    }

    private final Map<String, List<LegStats>> legsByCourse = new HashMap<>();

    public static SplitAnalysis compute(Map<String, Course> courses, List<RunResult> results) {
        SplitAnalysis a = new SplitAnalysis();
        Map<String, List<RunResult>> byCourse = new HashMap<>();
        for (RunResult r : results) {
            if (r.getStatus() == RunResult.Status.OK) {
                byCourse.computeIfAbsent(r.getCourseName(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<RunResult>> e : byCourse.entrySet()) {
            a.legsByCourse.put(e.getKey(), analyseCourse(courses.get(e.getKey()), e.getValue()));
        }
        return a;
    }

    private static List<LegStats> analyseCourse(Course course, List<RunResult> runners) {
        int legs = course.legCount();
        List<LegStats> stats = new ArrayList<>(legs);
        int[][] legTimes = new int[legs][];
        for (int leg = 0; leg < legs; leg++) {
            LegStats ls = new LegStats(course.getName(), leg);
            RunResult.Split[] splits = new RunResult.Split[runners.size()];
            for (int i = 0; i < splits.length; i++) {
                splits[i] = runners.get(i).splits().get(leg);
            }
            Arrays.sort(splits, (x, y) -> Integer.compare(x.getLegSec(), y.getLegSec()));
            int[] times = new int[splits.length];
            for (int i = 0; i < splits.length; i++) {
                times[i] = splits[i].getLegSec();
                // equal times share a rank
                splits[i].setLegRank(i > 0 && times[i] == times[i - 1] ? splits[i - 1].getLegRank() : i + 1);
            }
            legTimes[leg] = times;
            ls.runners = times.length;
            ls.bestSec = times.length > 0 ? Math.max(1, times[0]) : 0;
            ls.medianSec = median(times);
            stats.add(ls);
        }
        double[] ratios = new double[legs];
        for (RunResult r : runners) {
            for (int leg = 0; leg < legs; leg++) {
                ratios[leg] = r.splits().get(leg).getLegSec() / (double) stats.get(leg).bestSec;
            }
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            double index = sorted[sorted.length / 2];
            for (int leg = 0; leg < legs; leg++) {
                RunResult.Split s = r.splits().get(leg);
                double expected = stats.get(leg).bestSec * index;
                double loss = Math.max(0, s.getLegSec() - expected);
                s.setLossSec(loss);
                stats.get(leg).totalLossSec += loss;
            }
        }
        return stats;
    }

    private static double median(int[] sorted) {
        if (sorted.length == 0) return 0;
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    public Map<String, List<LegStats>> legs() { return legsByCourse; }

    /** The leg on each course where the field lost most time in total. */
    public Map<String, LegStats> hardestLegs() {
        Map<String, LegStats> out = new HashMap<>();
        legsByCourse.forEach((course, legs) -> {
            LegStats worst = null;
            for (LegStats l : legs) {
                if (worst == null || l.totalLossSec > worst.totalLossSec) worst = l;
            }
            out.put(course, worst);
        });
        return out;
    }
}
