import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

final class OrderSource {
    private static final String[] WAREHOUSES = {"BER-1", "HAM-2", "MUC-1", "FRA-3", "CGN-1", "LEJ-2"};
    private static final String[] FAMILIES = {"ABX", "KLM", "QRS", "TUV", "WYZ", "DEF", "GHJ"};

    private OrderSource() {}

    static List<Order> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long start = 1717200000000L;
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = 1 + rnd.nextInt(5);
            List<Order.Item> items = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String sku = FAMILIES[rnd.nextInt(FAMILIES.length)] + "-" + (1000 + rnd.nextInt(90000));
                if (rnd.nextInt(50) == 0) {
                    sku = sku.toLowerCase();
                }
                items.add(new Order.Item(sku, 1 + rnd.nextInt(20), 99 + rnd.nextInt(250000),
                        start + rnd.nextLong(30L * 86400000L)));
            }
            orders.add(new Order(100000L + i, "customer-" + rnd.nextInt(4000),
                    WAREHOUSES[rnd.nextInt(WAREHOUSES.length)], rnd.nextInt(4), items));
        }
        return orders;
    }
}
