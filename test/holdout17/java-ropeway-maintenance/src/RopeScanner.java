package ropeway;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Magnetic rope testing (MRT) of a haul rope: synthesises the instrument
 * trace for a test run and evaluates it for local flaws (broken wires) and
 * loss of metallic cross-section, following the usual discard criteria.
 */
public final class RopeScanner {
    static final int SAMPLES_PER_M = 100;
    static final double ROPE_DIAMETER_M = 0.052;
    static final double LF_THRESHOLD = 0.35;      // % LMA step that marks a broken wire
    static final int DISCARD_WIRES_6D = 6;        // broken wires within 6 rope diameters

    public record Result(String line, int localFlaws, int worstCluster, double worstClusterAtM,
                         double maxLmaPercent, boolean discard) {}

    private final String line;
    private final int lengthM;
    private final double[] trace;
    private final double[] signature;
    private final double[] window;
    private final List<double[]> flaws = new ArrayList<>(); // {position m, size %, growth %/day}

    public RopeScanner(String line, int lengthM, long seed) {
        this.line = line;
        this.lengthM = lengthM;
        int n = lengthM * SAMPLES_PER_M;
        this.trace = new double[n];
        this.signature = new double[n];
        this.window = new double[n];
        SplittableRandom rng = new SplittableRandom(seed);
        double drift = 0;
        for (int i = 0; i < n; i++) {
            drift = 0.995 * drift + rng.nextDouble(-0.02, 0.02);
            signature[i] = drift;
        }
    }

    /** Wire breaks keep appearing as the rope works through the season. */
    public void age(SplittableRandom rng, double load) {
        for (double[] f : flaws) f[1] += f[2] * load;
        if (rng.nextDouble() < 0.15 * load) {
            double at = rng.nextDouble(20, lengthM - 20);
            int wires = 1 + rng.nextInt(3);
            for (int w = 0; w < wires; w++) {
                flaws.add(new double[] {at + rng.nextDouble(-0.12, 0.12), 0.3 + rng.nextDouble(0.2), rng.nextDouble(0.002, 0.01)});
            }
        }
    }

    public Result scan(SplittableRandom rng) {
        int n = trace.length;
        int offset = rng.nextInt(SAMPLES_PER_M);   // encoder start position jitter
        for (int i = 0; i < n; i++) {
            double pos = (double) i / SAMPLES_PER_M;
            trace[i] = 0.4 * Math.cos(pos * 0.0031) + signature[(i + offset) % n];
        }
        for (double[] f : flaws) {
            int centre = (int) (f[0] * SAMPLES_PER_M);
            for (int i = Math.max(0, centre - 12); i < Math.min(n, centre + 12); i++) {
                double z = (i - centre) / 4.0;
                trace[i] += f[1] * Math.exp(-0.5 * z * z);
            }
        }

        // Baseline: centred 2 m running mean.
        int half = SAMPLES_PER_M;
        double sum = 0;
        int lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            while (hi < n && hi <= i + half) sum += trace[hi++];
            while (lo < i - half) sum -= trace[lo++];
            window[i] = trace[i] - sum / (hi - lo);
        }

        // Local flaws are isolated peaks of the detrended trace.
        int lfCount = 0;
        int clusterWidth = (int) Math.round(6 * ROPE_DIAMETER_M * SAMPLES_PER_M);
        int[] peaks = new int[64];
        int worst = 0;
        double worstAt = 0;
        double maxLma = 0;
        for (int i = 1; i < n - 1; i++) {
            double v = window[i];
            if (v > LF_THRESHOLD && v >= window[i - 1] && v > window[i + 1]) {
                if (lfCount == peaks.length) peaks = java.util.Arrays.copyOf(peaks, peaks.length * 2);
                peaks[lfCount++] = i;
            }
            if (v > maxLma) maxLma = v;
        }
        for (int a = 0, b = 0; b < lfCount; b++) {
            while (peaks[b] - peaks[a] > clusterWidth) a++;
            if (b - a + 1 > worst) {
                worst = b - a + 1;
                worstAt = (double) peaks[a] / SAMPLES_PER_M;
            }
        }
        return new Result(line, lfCount, worst, worstAt, maxLma, worst >= DISCARD_WIRES_6D);
    }
}
