import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/** Nightly order report: validates, prices and prints every order line, then aggregates per warehouse. */
public final class OrderReport {
    public static void main(String[] args) {
        List<Order> orders = OrderSource.generate(72000, 20240611L);
        LineFormatter formatter = new LineFormatter();
        CRC32 checksum = new CRC32();
        Map<String, double[]> perWarehouse = new TreeMap<>();
        Map<String, Integer> rejected = new HashMap<>();
        List<String> report = new ArrayList<>();
        for (Order order : orders) {
            double orderTotal = 0;
            for (Order.Item item : order.items) {
                if (!SkuValidator.isValid(item.sku)) {
                    rejected.merge(order.warehouse, 1, Integer::sum);
                    continue;
                }
                double net = Pricing.net(item, order.customerTier);
                orderTotal += net;
                String line = formatter.line(order, item, net);
                report.add(line);
                checksum.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            double[] agg = perWarehouse.computeIfAbsent(order.warehouse, k -> new double[3]);
            agg[0] += 1;
            agg[1] += orderTotal;
            agg[2] = Math.max(agg[2], orderTotal);
        }
        double forecast = Forecast.run(perWarehouse, orders);
        if (report.isEmpty() || checksum.getValue() == 0 || Double.isNaN(forecast)) {
            System.exit(1);
        }
    }
}
