package motorrating;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Simulates annual claims for the rated book: Poisson claim counts and lognormal severities per
 * territory and coverage, plus a hail event per province that hits comprehensive.
 */
final class LossSimulator {

    /** Annual claim frequency and lognormal severity parameters by coverage. */
    private static final double[] FREQUENCY = {0.025, 0.033, 0.023, 0.007};
    private static final double[] SEVERITY_MU = {8.9, 8.3, 7.4, 9.2};
    private static final double[] SEVERITY_SIGMA = {1.35, 0.85, 0.95, 1.6};
    private static final double HAIL_PROBABILITY = 0.06;

    private final double[][] vehicleYears;
    private final double[][] relativity;

    /** vehicleYears and relativity are indexed by coverage and territory. */
    LossSimulator(double[][] vehicleYears, double[][] relativity) {
        this.vehicleYears = vehicleYears;
        this.relativity = relativity;
    }

    static final class Result {
        double[] annualLosses;
        double mean;
        double var995;
        double tvar995;
    }

    Result run(int years, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] losses = new double[years];
        int coverages = vehicleYears.length;
        int territories = vehicleYears[0].length;
        for (int y = 0; y < years; y++) {
            double total = 0;
            for (int c = 0; c < coverages; c++) {
                double mu = SEVERITY_MU[c];
                double sigma = SEVERITY_SIGMA[c];
                for (int t = 0; t < territories; t++) {
                    double exposure = vehicleYears[c][t];
                    if (exposure <= 0) {
                        continue;
                    }
                    double lambda = exposure * FREQUENCY[c] * relativity[c][t];
                    int n = poisson(rnd, lambda);
                    for (int k = 0; k < n; k++) {
                        total += Math.exp(mu + sigma * rnd.nextGaussian());
                    }
                }
            }
            for (int province = 0; province < 6; province++) {
                if (rnd.nextDouble() < HAIL_PROBABILITY) {
                    double damaged = 0;
                    for (int t = province * 40; t < province * 40 + 40 && t < territories; t++) {
                        damaged += vehicleYears[2][t] * (0.02 + 0.08 * rnd.nextDouble());
                    }
                    total += damaged * Math.exp(7.9 + 0.4 * rnd.nextGaussian());
                }
            }
            losses[y] = total;
        }
        Result r = new Result();
        r.annualLosses = losses;
        double[] sorted = losses.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        r.mean = sum / years;
        int idx = (int) Math.floor(0.995 * (years - 1));
        r.var995 = sorted[idx];
        double tail = 0;
        for (int i = idx; i < years; i++) {
            tail += sorted[i];
        }
        r.tvar995 = tail / (years - idx);
        return r;
    }

    /** Poisson variate by inversion; splits large means to keep exp(-lambda) representable. */
    static int poisson(SplittableRandom rnd, double lambda) {
        int n = 0;
        while (lambda > 500) {
            n += poisson(rnd, 500);
            lambda -= 500;
        }
        double p = Math.exp(-lambda);
        double cdf = p;
        double u = rnd.nextDouble();
        int k = 0;
        while (u > cdf) {
            k++;
            p *= lambda / k;
            cdf += p;
            if (p == 0) {
                break;
            }
        }
        return n + k;
    }
}
