package yarddwell;

import java.util.Arrays;

/** Running statistics for one report group (block, operator or month). */
final class DwellStatistics {
    private long[] samples = new long[64];
    private int n;
    private long chargesCents;
    private int overTwoWeeks;

    void add(long dwellMinutes, long chargeCents) {
        if (n == samples.length) {
            samples = Arrays.copyOf(samples, n * 2);
        }
        samples[n++] = dwellMinutes;
        chargesCents += chargeCents;
        if (dwellMinutes > 14L * 24 * 60) {
            overTwoWeeks++;
        }
    }

    int count() { return n; }
    long chargesCents() { return chargesCents; }
    int overTwoWeeks() { return overTwoWeeks; }

    /** Returns {mean, p50, p90, p99, max} in hours. */
    double[] summaryHours() {
        if (n == 0) {
            return new double[5];
        }
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        double sum = 0;
        for (long x : s) {
            sum += x;
        }
        return new double[] {sum / n / 60.0, pct(s, 0.50), pct(s, 0.90), pct(s, 0.99), s[n - 1] / 60.0};
    }

    private static double pct(long[] sorted, double p) {
        double idx = p * (sorted.length - 1);
        int lo = (int) Math.floor(idx);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double frac = idx - lo;
        return (sorted[lo] * (1 - frac) + sorted[hi] * frac) / 60.0;
    }
}
