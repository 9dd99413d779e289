package seedbank;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits the viability equation v = Ki - p / sigma to an accession's test
 * history by binomial probit regression (Newton-Raphson), and bootstraps the
 * date at which the lot is expected to fall below the regeneration standard.
 */
final class ViabilityModel {
    static final double REGENERATION_STANDARD = 0.85;
    private static final double STANDARD_PROBIT = Stats.probit(REGENERATION_STANDARD);
    private static final int MAX_ITER = 25;

    static final class Fit {
        double ki;
        double slopePerDay;     // 1 / sigma
        double daysToStandard;  // from banking
        double ciLow;
        double ciHigh;
        int iterations;
        boolean converged;
    }

    private final int bootstrap;

    ViabilityModel(int bootstrap) {
        this.bootstrap = bootstrap;
    }

    Fit fit(Accession a, List<TrialRecord> trials, long seed) {
        int n = trials.size();
        double[] day = new double[n];
        double[] sown = new double[n];
        double[] alive = new double[n];
        for (int i = 0; i < n; i++) {
            TrialRecord t = trials.get(i);
            day[i] = t.tested.toEpochDay() - a.banked.toEpochDay();
            sown[i] = t.sown;
            alive[i] = Math.min(t.sown, t.viable());
        }
        double priorSlope = 1.0 / a.species.sigmaDays(a.moisture, a.storageCelsius);
        Fit f = new Fit();
        double[] est = newton(day, sown, alive, n, priorSlope, null);
        f.ki = est[0];
        f.slopePerDay = est[1];
        f.iterations = (int) est[2];
        f.converged = est[3] > 0;
        f.daysToStandard = daysTo(f.ki, f.slopePerDay);

        double[] boot = new double[bootstrap];
        int[] pick = new int[n];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int b = 0; b < bootstrap; b++) {
            for (int i = 0; i < n; i++) {
                pick[i] = rng.nextInt(n);
            }
            double[] e = newton(day, sown, alive, n, priorSlope, pick);
            boot[b] = daysTo(e[0], e[1]);
        }
        Arrays.sort(boot);
        f.ciLow = boot[(int) (bootstrap * 0.05)];
        f.ciHigh = boot[(int) (bootstrap * 0.95)];
        return f;
    }

    private static double daysTo(double ki, double slope) {
        if (ki <= STANDARD_PROBIT) {
            return 0;
        }
        if (slope <= 1e-9) {
            return 200 * 365.0;
        }
        return Math.min(200 * 365.0, (ki - STANDARD_PROBIT) / slope);
    }

    /**
     * Newton-Raphson on the binomial log-likelihood of probit(p) = k - s * day.
     * Returns {k, s, iterations, converged}. A weak prior pulls s towards the
     * species constant so that short histories stay sensible.
     */
    private static double[] newton(double[] day, double[] sown, double[] alive, int n,
                                   double priorSlope, int[] pick) {
        double k = 2.0;
        double s = priorSlope;
        double scale = 3650.0; // work in decades to keep the Hessian balanced
        double u = s * scale;
        double priorU = priorSlope * scale;
        double priorWeight = 4.0;
        int it = 0;
        boolean converged = false;
        for (; it < MAX_ITER; it++) {
            double gk = 0, gu = 0, hkk = 0, hku = 0, huu = 0;
            for (int j = 0; j < n; j++) {
                int i = pick == null ? j : pick[j];
                double x = day[i] / scale;
                double eta = k - u * x;
                double p = Stats.normalCdf(eta);
                p = Math.min(1 - 1e-9, Math.max(1e-9, p));
                double phi = Stats.normalPdf(eta);
                double y = alive[i];
                double m = sown[i];
                double w = phi * (y - m * p) / (p * (1 - p));
                double info = m * phi * phi / (p * (1 - p));
                gk += w;
                gu += -x * w;
                hkk += info;
                hku += -x * info;
                huu += x * x * info;
            }
            gu -= priorWeight * (u - priorU);
            huu += priorWeight;
            double det = hkk * huu - hku * hku;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double dk = (huu * gk - hku * gu) / det;
            double du = (hkk * gu - hku * gk) / det;
            dk = Math.max(-2, Math.min(2, dk));
            du = Math.max(-2, Math.min(2, du));
            k += dk;
            u = Math.max(0, u + du);
            if (Math.abs(dk) < 1e-7 && Math.abs(du) < 1e-7) {
                converged = true;
                it++;
                break;
            }
        }
        return new double[] {k, u / scale, it, converged ? 1 : 0};
    }
}
