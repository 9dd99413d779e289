import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** Nightly reorder planning: demand forecast and order-up-to level per shelf item. */
final class ReorderPlanner {
    record Order(String branch, String ndc, int onHand, double forecastDaily, int orderUpTo, int orderQty) {
    }

    static final int LEAD_DAYS = 3;
    static final int REVIEW_DAYS = 7;
    static final double SERVICE_LEVEL = 0.97;

    private final int simulations;

    ReorderPlanner(int simulations) {
        this.simulations = simulations;
    }

    /** Synthetic 364-day dispensing history with weekly seasonality. */
    static double[] history(long seed, double base) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] h = new double[364];
        for (int d = 0; d < h.length; d++) {
            double season = (d % 7 == 5 || d % 7 == 6) ? 0.55 : 1.1;
            double trend = 1 + d / 364.0 * 0.15;
            h[d] = Math.max(0, base * season * trend + r.nextGaussian() * base * 0.35);
        }
        return h;
    }

    /** Holt-Winters additive model, grid-searched on one-step-ahead squared error. */
    static double[] fitHoltWinters(double[] y) {
        double bestErr = Double.MAX_VALUE;
        double[] best = null;
        for (double alpha = 0.05; alpha < 0.9; alpha += 0.05) {
            for (double beta = 0.01; beta < 0.3; beta += 0.04) {
                for (double gamma = 0.05; gamma < 0.6; gamma += 0.1) {
                    double level = 0, trend = 0;
                    double[] season = new double[7];
                    for (int i = 0; i < 7; i++) level += y[i] / 7;
                    for (int i = 0; i < 7; i++) season[i] = y[i] - level;
                    double err = 0;
                    for (int t = 7; t < y.length; t++) {
                        double fc = level + trend + season[t % 7];
                        double e = y[t] - fc;
                        err += e * e;
                        double prevLevel = level;
                        level = alpha * (y[t] - season[t % 7]) + (1 - alpha) * (level + trend);
                        trend = beta * (level - prevLevel) + (1 - beta) * trend;
                        season[t % 7] = gamma * (y[t] - level) + (1 - gamma) * season[t % 7];
                    }
                    if (err < bestErr) {
                        bestErr = err;
                        best = new double[] {level, trend, Math.sqrt(err / (y.length - 7)),
                            season[0], season[1], season[2], season[3], season[4], season[5], season[6]};
                    }
                }
            }
        }
        return best;
    }

    Order plan(String branch, String ndc, int onHand, long dispensedToday, long seed) {
        double[] h = history(seed, 4 + (seed % 23));
        h[h.length - 1] += dispensedToday;
        double[] m = fitHoltWinters(h);
        double level = m[0], trend = m[1], sigma = m[2];
        int horizon = LEAD_DAYS + REVIEW_DAYS;
        double[] demand = new double[simulations];
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        for (int s = 0; s < simulations; s++) {
            double total = 0;
            for (int d = 1; d <= horizon; d++) {
                double mean = level + trend * d + m[3 + (364 + d) % 7];
                total += Math.max(0, mean + r.nextGaussian() * sigma);
            }
            demand[s] = total;
        }
        java.util.Arrays.sort(demand);
        int upTo = (int) Math.ceil(demand[(int) (SERVICE_LEVEL * (simulations - 1))]);
        int qty = Math.max(0, upTo - onHand);
        return new Order(branch, ndc, onHand, level + trend, upTo, qty);
    }

    List<Callable<Order>> tasks(List<String> branches, Formulary f, Inventory inv) {
        List<Callable<Order>> tasks = new ArrayList<>();
        long seed = 1;
        for (String b : branches) {
            for (Drug d : f.all()) {
                final long sd = seed++;
                tasks.add(() -> plan(b, d.ndc(), inv.onHand(b, d.ndc()), inv.dispensed(b, d.ndc()), sd));
            }
        }
        return tasks;
    }
}
