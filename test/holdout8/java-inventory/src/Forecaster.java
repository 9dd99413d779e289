/**
 * Additive Holt-Winters forecaster with weekly seasonality. Smoothing
 * parameters are fitted per series with a coarse grid search on one-step
 * ahead squared error.
 */
final class Forecaster {
    static final int SEASON = 7;
    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5};
    private static final double[] BETAS = {0.0, 0.01, 0.05, 0.1};
    private static final double[] GAMMAS = {0.05, 0.1, 0.2, 0.3};

    record Fit(double alpha, double beta, double gamma, double sse, double level, double trend,
               double[] seasonal, double residualStdDev) {
        double forecast(int stepsAhead, int seasonIndexOfNextDay) {
            double total = 0;
            for (int h = 1; h <= stepsAhead; h++) {
                total += Math.max(0, level + h * trend + seasonal[(seasonIndexOfNextDay + h - 1) % SEASON]);
            }
            return total;
        }
    }

    private Forecaster() {}

    static Fit fit(double[] y) {
        Fit best = null;
        double[] season = new double[SEASON];
        for (double a : ALPHAS) {
            for (double b : BETAS) {
                for (double g : GAMMAS) {
                    Fit f = run(y, a, b, g, season);
                    if (best == null || f.sse() < best.sse()) {
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    private static Fit run(double[] y, double alpha, double beta, double gamma, double[] s) {
        // initialise level/trend/seasonals from the first two seasons
        double m1 = 0, m2 = 0;
        for (int i = 0; i < SEASON; i++) {
            m1 += y[i];
            m2 += y[i + SEASON];
        }
        m1 /= SEASON;
        m2 /= SEASON;
        double level = m1;
        double trend = (m2 - m1) / SEASON;
        for (int i = 0; i < SEASON; i++) {
            s[i] = y[i] - m1;
        }
        double sse = 0, sumErr = 0, sumErr2 = 0;
        int n = 0;
        for (int t = SEASON; t < y.length; t++) {
            int si = t % SEASON;
            double predicted = level + trend + s[si];
            double err = y[t] - predicted;
            sse += err * err;
            sumErr += err;
            sumErr2 += err * err;
            n++;
            double prevLevel = level;
            level = alpha * (y[t] - s[si]) + (1 - alpha) * (level + trend);
            trend = beta * (level - prevLevel) + (1 - beta) * trend;
            s[si] = gamma * (y[t] - level) + (1 - gamma) * s[si];
        }
        double mean = sumErr / n;
        double sd = Math.sqrt(Math.max(0, sumErr2 / n - mean * mean));
        return new Fit(alpha, beta, gamma, sse, level, trend, s.clone(), sd);
    }
}
