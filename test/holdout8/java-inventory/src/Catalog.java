import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

record Sku(String code, String category, double unitCost, int leadTimeDays, double orderCost, int packSize) {}

record Warehouse(String code, String city, double holdingRate) {}

/** Daily demand history for one SKU at one warehouse, plus current stock. */
record DemandSeries(Sku sku, Warehouse warehouse, LocalDate firstDay, double[] daily, int onHand, int onOrder) {}

/** Builds the synthetic catalog and demand history used by the planning run. */
final class Catalog {
    static final Pattern SKU_CODE = Pattern.compile("^[A-Z]{3}-\\d{5}-[A-Z0-9]{2}$");

    private static final String[] CATEGORIES = {"FAS", "HWR", "ELC", "PLB", "GRD", "TLS", "PNT", "SAF"};

    private Catalog() {}

    static List<Warehouse> warehouses() {
        return List.of(
                new Warehouse("DC-ROT", "Rotterdam", 0.22),
                new Warehouse("DC-DUI", "Duisburg", 0.20),
                new Warehouse("DC-LYO", "Lyon", 0.24),
                new Warehouse("DC-POZ", "Poznan", 0.18),
                new Warehouse("DC-BCN", "Barcelona", 0.23));
    }

    static List<Sku> skus(int n, Random rnd) {
        List<Sku> out = new ArrayList<>(n);
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < n; i++) {
            String cat = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
            code.setLength(0);
            code.append(cat).append('-');
            String num = Integer.toString(10000 + i);
            code.append(num, num.length() - 5, num.length()).append('-');
            code.append((char) ('A' + rnd.nextInt(26))).append((char) ('0' + rnd.nextInt(10)));
            String c = code.toString();
            if (!SKU_CODE.matcher(c).matches()) {
                throw new IllegalStateException("generated malformed SKU " + c);
            }
            double cost = Math.round((0.4 + rnd.nextDouble() * rnd.nextDouble() * 180) * 100) / 100.0;
            out.add(new Sku(c, cat, cost, 3 + rnd.nextInt(40), 25 + rnd.nextInt(120), 1 + rnd.nextInt(4) * 6));
        }
        return out;
    }

    /** Seasonal demand with weekly pattern, yearly swing, trend and noise. */
    static DemandSeries history(Sku sku, Warehouse wh, LocalDate first, int days, Random rnd) {
        double base = 2 + rnd.nextDouble() * rnd.nextDouble() * 60;
        double trend = (rnd.nextDouble() - 0.45) * base / 400;
        double yearly = rnd.nextDouble() * 0.5;
        double[] weekly = new double[7];
        for (int d = 0; d < 7; d++) {
            weekly[d] = 0.7 + rnd.nextDouble() * 0.6;
        }
        double[] daily = new double[days];
        LocalDate day = first;
        for (int t = 0; t < days; t++) {
            DayOfWeek dow = day.getDayOfWeek();
            double level = base + trend * t;
            double season = 1 + yearly * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.25);
            double mean = Math.max(0, level * season * weekly[dow.getValue() - 1]);
            double v = mean + rnd.nextGaussian() * Math.sqrt(mean + 1);
            daily[t] = Math.max(0, Math.rint(v));
            day = day.plusDays(1);
        }
        int onHand = (int) (base * (5 + rnd.nextInt(40)));
        int onOrder = rnd.nextInt(4) == 0 ? (int) (base * 14) : 0;
        return new DemandSeries(sku, wh, first, daily, onHand, onOrder);
    }
}
