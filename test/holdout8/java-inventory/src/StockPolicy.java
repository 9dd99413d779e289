/** Reorder point, safety stock and order quantity calculation. */
final class StockPolicy {

    record Decision(DemandSeries series, double leadTimeDemand, double safetyStock, double reorderPoint,
                    int orderQty, double dailyForecast, double daysOfCover, boolean reorder) {}

    private final double serviceLevel;
    private final double z;

    StockPolicy(double serviceLevel) {
        this.serviceLevel = serviceLevel;
        this.z = inverseNormal(serviceLevel);
    }

    double serviceLevel() {
        return serviceLevel;
    }

    /** Acklam's rational approximation of the standard normal quantile. */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        double plow = 0.02425;
        if (p < plow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - plow) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    Decision decide(DemandSeries s, Forecaster.Fit fit, int nextSeasonIndex) {
        Sku sku = s.sku();
        int lt = sku.leadTimeDays();
        double ltDemand = fit.forecast(lt, nextSeasonIndex);
        double daily = fit.forecast(28, nextSeasonIndex) / 28;
        double safety = z * fit.residualStdDev() * Math.sqrt(lt);
        double rop = ltDemand + safety;
        double position = s.onHand() + s.onOrder();
        boolean reorder = position <= rop;
        int qty = 0;
        if (reorder) {
            double annualDemand = Math.max(1, daily * 365);
            double holding = sku.unitCost() * s.warehouse().holdingRate();
            double eoq = Math.sqrt(2 * annualDemand * sku.orderCost() / Math.max(0.01, holding));
            double needed = Math.max(eoq, rop - position);
            int pack = sku.packSize();
            qty = (int) Math.ceil(needed / pack) * pack;
        }
        double cover = daily > 0 ? s.onHand() / daily : Double.POSITIVE_INFINITY;
        return new Decision(s, ltDemand, safety, rop, qty, daily, cover, reorder);
    }
}
