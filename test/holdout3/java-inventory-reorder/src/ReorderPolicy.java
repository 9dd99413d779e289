import java.util.Arrays;

final class ReorderPolicy {
    static final class Recommendation {
        final int quantity;
        final double forecastDaily;
        final double safetyStock;
        final double reorderPoint;

        Recommendation(int quantity, double forecastDaily, double safetyStock, double reorderPoint) {
            this.quantity = quantity;
            this.forecastDaily = forecastDaily;
            this.safetyStock = safetyStock;
            this.reorderPoint = reorderPoint;
        }
    }

    private static final Recommendation NONE = new Recommendation(0, 0, 0, 0);
    private static final double ORDER_COST = 42.0;

    private final double z;
    private final double[] scratch = new double[DemandSimulator.HISTORY];

    ReorderPolicy(double serviceLevel) {
        this.z = inverseNormal(serviceLevel);
    }

    Recommendation evaluate(Sku sku, StockPosition pos, int[] history) {
        // Holt's linear smoothing over the rolling window
        double alpha = 0.3, beta = 0.1;
        double level = history[0], trend = 0;
        for (int i = 1; i < history.length; i++) {
            double prev = level;
            level = alpha * history[i] + (1 - alpha) * (level + trend);
            trend = beta * (level - prev) + (1 - beta) * trend;
        }
        double forecast = Math.max(0, level + trend);

        // robust spread: median absolute deviation, trimmed
        for (int i = 0; i < history.length; i++) scratch[i] = history[i];
        Arrays.sort(scratch);
        double median = scratch[scratch.length / 2];
        for (int i = 0; i < scratch.length; i++) scratch[i] = Math.abs(scratch[i] - median);
        Arrays.sort(scratch);
        double sigma = 1.4826 * scratch[scratch.length / 2] + 0.5;

        double lt = sku.leadTimeDays;
        double safety = z * sigma * Math.sqrt(lt);
        double reorderPoint = forecast * lt + safety;
        int position = pos.onHand + pos.inbound - pos.backorder;
        if (position > reorderPoint) {
            return NONE;
        }
        double annualDemand = forecast * 365;
        double eoq = Math.sqrt(2 * annualDemand * ORDER_COST / Math.max(0.01, sku.unitCost * sku.holdingRate));
        double needed = Math.max(eoq, reorderPoint - position + forecast * 7);
        int packs = (int) Math.ceil(needed / sku.packSize);
        return new Recommendation(packs * sku.packSize, forecast, safety, reorderPoint);
    }

    /** Acklam's rational approximation of the inverse normal CDF. */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double q, r;
        if (p < 0.02425) {
            q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p > 1 - 0.02425) {
            q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        q = p - 0.5;
        r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
