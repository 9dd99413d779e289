import java.util.List;
import java.util.Map;

/** Holt-Winters style smoothing of daily revenue per warehouse for the next month. */
final class Forecast {
    private Forecast() {}

    static double run(Map<String, double[]> perWarehouse, List<Order> orders) {
        long start = 1717200000000L;
        int days = 30;
        String[] names = perWarehouse.keySet().toArray(new String[0]);
        double[][] daily = new double[names.length][days];
        for (Order o : orders) {
            int w = java.util.Arrays.binarySearch(names, o.warehouse);
            for (Order.Item it : o.items) {
                int d = (int) ((it.shippedAtMillis - start) / 86400000L);
                daily[w][Math.min(days - 1, Math.max(0, d))] += it.quantity * it.unitPriceCents / 100.0;
            }
        }
        double total = 0;
        for (int w = 0; w < names.length; w++) {
            double best = Double.MAX_VALUE;
            double bestForecast = 0;
            // Grid search over the smoothing parameters.
            for (int a = 1; a < 60; a++) {
                for (int b = 1; b < 60; b++) {
                    double alpha = a / 60.0;
                    double beta = b / 60.0;
                    double level = daily[w][0];
                    double trend = 0;
                    double err = 0;
                    for (int rep = 0; rep < 230; rep++) {
                        for (int d = 1; d < days; d++) {
                            double predicted = level + trend;
                            double e = daily[w][d] - predicted;
                            err += e * e;
                            double newLevel = alpha * daily[w][d] + (1 - alpha) * predicted;
                            trend = beta * (newLevel - level) + (1 - beta) * trend;
                            level = newLevel;
                        }
                    }
                    if (err < best) {
                        best = err;
                        bestForecast = level + trend * days;
                    }
                }
            }
            total += bestForecast;
        }
        return total;
    }
}
