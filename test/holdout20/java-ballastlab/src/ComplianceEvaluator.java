package org.ballastlab;

/**
 * D-2 ballast water performance standard: fewer than 10 viable organisms
 * per m3 (>= 50 um), fewer than 10 per mL (10-50 um), and indicator microbe
 * limits per 100 mL. A sample only fails when the lower 95 % confidence
 * bound of the concentration exceeds the limit (Poisson counting error).
 */
final class ComplianceEvaluator {

    static final double LIMIT_LARGE_PER_M3 = 10;
    static final double LIMIT_SMALL_PER_ML = 10;
    static final double LIMIT_VIBRIO_PER_100ML = 1;
    static final double LIMIT_ECOLI_PER_100ML = 250;
    static final double LIMIT_ENTEROCOCCI_PER_100ML = 100;

    void evaluate(SampleRecord rec) {
        double[] count = new double[5];
        double[] volume = new double[5];
        for (SampleRecord.Aliquot a : rec.aliquots) {
            int k = classIndex(a.sizeClass);
            count[k] += a.viableCount;
            volume[k] += a.volumeMl;
        }
        rec.largeOrganismsPerM3 = count[0] / volume[0] * 1e6;
        rec.smallOrganismsPerMl = count[1] / volume[1];
        rec.vibrioPer100Ml = count[2] / volume[2] * 100;
        rec.ecoliPer100Ml = count[3] / volume[3] * 100;
        rec.enterococciPer100Ml = count[4] / volume[4] * 100;

        boolean fail = false;
        boolean uncertain = false;
        double[] scale = {1e6, 1, 100, 100, 100};
        double[] limit = {LIMIT_LARGE_PER_M3, LIMIT_SMALL_PER_ML, LIMIT_VIBRIO_PER_100ML, LIMIT_ECOLI_PER_100ML, LIMIT_ENTEROCOCCI_PER_100ML};
        for (int k = 0; k < 5; k++) {
            int n = (int) count[k];
            double lo = poissonLower(n, 0.05) / volume[k] * scale[k];
            double hi = poissonUpper(n, 0.05) / volume[k] * scale[k];
            if (lo > limit[k]) {
                fail = true;
            } else if (hi > limit[k]) {
                uncertain = true;
            }
        }
        rec.verdict = fail ? Verdict.NON_COMPLIANT : uncertain ? Verdict.INDICATIVE_ONLY : Verdict.COMPLIANT;
    }

    private static int classIndex(String sizeClass) {
        return switch (sizeClass) {
            case ">=50um" -> 0;
            case "10-50um" -> 1;
            case "Vibrio" -> 2;
            case "Ecoli" -> 3;
            default -> 4;
        };
    }

    /** Exact (Garwood) lower bound: chi2(alpha/2, 2n) / 2. */
    static double poissonLower(int n, double alpha) {
        return n == 0 ? 0 : gammaQuantile(alpha / 2, n);
    }

    /** Exact (Garwood) upper bound: chi2(1 - alpha/2, 2n + 2) / 2. */
    static double poissonUpper(int n, double alpha) {
        return gammaQuantile(1 - alpha / 2, n + 1);
    }

    /** Quantile of Gamma(shape, 1) by bisection on the regularised lower incomplete gamma. */
    static double gammaQuantile(double p, double shape) {
        double lo = 0;
        double hi = shape + 10 * Math.sqrt(shape) + 10;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (regularizedGammaP(shape, mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double regularizedGammaP(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n < 500; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-12) {
                    break;
                }
            }
            return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        // Continued fraction (Lentz) for the upper tail.
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 500; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < 1e-300) {
                d = 1e-300;
            }
            c = b + an / c;
            if (Math.abs(c) < 1e-300) {
                c = 1e-300;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-12) {
                break;
            }
        }
        return 1 - Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation. */
    static double logGamma(double x) {
        double[] g = {676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185,
                12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        x -= 1;
        double a = 0.99999999999980993;
        double t = x + 7.5;
        for (int i = 0; i < 8; i++) {
            a += g[i] / (x + i + 1);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
