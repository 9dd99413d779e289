final class StockPosition {
    int onHand;
    int inbound;
    int backorder;
}

/** Holds a rolling 91-day sales history per warehouse/SKU and simulates each day's sales. */
final class DemandSimulator {
    static final int HISTORY = 91;

    private final SplitRandom rnd;
    private final Catalog catalog;
    private final int[][][] history;
    private final StockPosition[][] positions;
    private final double[] baseRate;
    private int cursor;

    DemandSimulator(long seed, Catalog catalog, int warehouses) {
        this.rnd = new SplitRandom(seed);
        this.catalog = catalog;
        int n = catalog.size();
        history = new int[warehouses][n][HISTORY];
        positions = new StockPosition[warehouses][n];
        baseRate = new double[n];
        for (int i = 0; i < n; i++) {
            baseRate[i] = 0.2 + rnd.nextDouble() * rnd.nextDouble() * 40;
        }
        for (int w = 0; w < warehouses; w++) {
            for (int i = 0; i < n; i++) {
                StockPosition p = new StockPosition();
                p.onHand = (int) (baseRate[i] * (10 + rnd.nextInt(30)));
                positions[w][i] = p;
                for (int d = 0; d < HISTORY; d++) {
                    history[w][i][d] = sample(baseRate[i], d);
                }
            }
        }
    }

    private int sample(double rate, int day) {
        double seasonal = 1.0 + 0.25 * Math.sin(2 * Math.PI * (day % 7) / 7.0);
        double lambda = rate * seasonal;
        // Poisson via inversion for small rates, normal approximation above
        if (lambda < 12) {
            double l = Math.exp(-lambda), p = 1.0;
            int k = 0;
            do {
                k++;
                p *= rnd.nextDouble();
            } while (p > l);
            return k - 1;
        }
        double u1 = Math.max(1e-12, rnd.nextDouble()), u2 = rnd.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.max(0, (int) Math.round(lambda + z * Math.sqrt(lambda)));
    }

    void advanceDay() {
        cursor = (cursor + 1) % HISTORY;
        for (int w = 0; w < positions.length; w++) {
            for (int i = 0; i < baseRate.length; i++) {
                int sold = sample(baseRate[i], cursor);
                StockPosition p = positions[w][i];
                int arriving = Math.min(p.inbound, (int) Math.ceil(p.inbound / 3.0));
                p.inbound -= arriving;
                p.onHand += arriving;
                int shipped = Math.min(sold, p.onHand);
                p.onHand -= shipped;
                p.backorder += sold - shipped;
                history[w][i][cursor] = sold;
            }
        }
    }

    StockPosition position(int w, int sku) {
        return positions[w][sku];
    }

    int[] history(int w, int sku) {
        return history[w][sku];
    }

    void receiveInbound(int w, int sku, int qty) {
        positions[w][sku].inbound += qty;
    }
}
