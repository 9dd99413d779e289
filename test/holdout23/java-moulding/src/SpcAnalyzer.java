package moulding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** X-bar/R control charts, run rules and capability for one press and parameter. */
final class SpcAnalyzer {
    static final int SUBGROUP = 5;
    private static final double A2 = 0.577;
    private static final double D4 = 2.114;
    private static final double EWMA_LAMBDA = 0.2;

    record ChartResult(Parameter parameter, int subgroups, double centre, double ucl, double lcl, double rBar,
                       int rule1, int rule2, int rule3, int rule4, int ewmaSignals, double mean, double sigma,
                       double cpk, double cpkLow, double cpkHigh, double p01, double p50, double p99,
                       double lotF) {}

    private final int bootstrapSamples;
    private final SplittableRandom random;

    SpcAnalyzer(long seed, int bootstrapSamples) {
        this.random = new SplittableRandom(seed);
        this.bootstrapSamples = bootstrapSamples;
    }

    ChartResult analyse(Parameter p, List<Shot> shots, double lsl, double usl) {
        double[] v = new double[shots.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.valueOf(shots.get(i));
        }
        int groups = v.length / SUBGROUP;
        double[] xbar = new double[groups];
        double[] range = new double[groups];
        double sumX = 0, sumR = 0;
        for (int g = 0; g < groups; g++) {
            double s = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < SUBGROUP; k++) {
                double x = v[g * SUBGROUP + k];
                s += x;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            xbar[g] = s / SUBGROUP;
            range[g] = hi - lo;
            sumX += xbar[g];
            sumR += range[g];
        }
        double centre = sumX / groups;
        double rBar = sumR / groups;
        double ucl = centre + A2 * rBar;
        double lcl = centre - A2 * rBar;
        double sigmaX = (ucl - centre) / 3;

        int rule1 = 0, rule2 = 0, rule3 = 0, rule4 = 0, sameSide = 0, lastSide = 0;
        for (int g = 0; g < groups; g++) {
            double z = (xbar[g] - centre) / sigmaX;
            if (Math.abs(z) > 3) rule1++;
            if (g >= 2 && countBeyond(xbar, g - 2, g, centre, 2 * sigmaX) >= 2) rule2++;
            if (g >= 4 && countBeyond(xbar, g - 4, g, centre, sigmaX) >= 4) rule3++;
            int side = z > 0 ? 1 : z < 0 ? -1 : 0;
            sameSide = side == lastSide ? sameSide + 1 : 1;
            lastSide = side;
            if (sameSide == 8) rule4++;
        }

        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double var = 0;
        for (double x : v) var += (x - mean) * (x - mean);
        double sigma = Math.sqrt(var / (v.length - 1));
        double lambdaSigma = sigma * Math.sqrt(EWMA_LAMBDA / (2 - EWMA_LAMBDA));
        double ewma = mean;
        int ewmaSignals = 0;
        for (double x : v) {
            ewma = EWMA_LAMBDA * x + (1 - EWMA_LAMBDA) * ewma;
            if (Math.abs(ewma - mean) > 3 * lambdaSigma) ewmaSignals++;
        }
        double cpk = cpk(mean, sigma, lsl, usl);

        // Bootstrap interval for Cpk.
        double[] boot = new double[bootstrapSamples];
        for (int b = 0; b < bootstrapSamples; b++) {
            double s = 0, ss = 0;
            for (int i = 0; i < v.length; i++) {
                double x = v[random.nextInt(v.length)];
                s += x;
                ss += x * x;
            }
            double m = s / v.length;
            double sd = Math.sqrt(Math.max(0, (ss - v.length * m * m) / (v.length - 1)));
            boot[b] = cpk(m, sd, lsl, usl);
        }
        Arrays.sort(boot);
        double[] sorted = v.clone();
        Arrays.sort(sorted);

        return new ChartResult(p, groups, centre, ucl, lcl, rBar, rule1, rule2, rule3, rule4, ewmaSignals, mean,
                sigma, cpk, boot[(int) (bootstrapSamples * 0.025)], boot[(int) (bootstrapSamples * 0.975)],
                sorted[(int) (sorted.length * 0.01)], sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)],
                lotF(p, shots));
    }

    private static int countBeyond(double[] xbar, int from, int to, double centre, double limit) {
        int above = 0, below = 0;
        for (int i = from; i <= to; i++) {
            if (xbar[i] - centre > limit) above++;
            if (centre - xbar[i] > limit) below++;
        }
        return Math.max(above, below);
    }

    static double cpk(double mean, double sigma, double lsl, double usl) {
        if (sigma <= 0) return Double.POSITIVE_INFINITY;
        return Math.min(usl - mean, mean - lsl) / (3 * sigma);
    }

    /** One-way ANOVA F statistic of the parameter across resin lots. */
    private static double lotF(Parameter p, List<Shot> shots) {
        Map<String, double[]> byLot = new HashMap<>();
        double grand = 0;
        int n = 0;
        for (Shot s : shots) {
            if (s.materialLot == null) continue;
            double x = p.valueOf(s);
            double[] acc = byLot.computeIfAbsent(s.materialLot, k -> new double[3]);
            acc[0] += x;
            acc[1] += x * x;
            acc[2]++;
            grand += x;
            n++;
        }
        if (byLot.size() < 2 || n <= byLot.size()) return 0;
        grand /= n;
        double between = 0, within = 0;
        for (double[] acc : byLot.values()) {
            double m = acc[0] / acc[2];
            between += acc[2] * (m - grand) * (m - grand);
            within += acc[1] - acc[2] * m * m;
        }
        int k = byLot.size();
        return (between / (k - 1)) / (within / (n - k));
    }
}
