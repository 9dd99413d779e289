package storereturns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Product catalogue of the chain, indexed by SKU and by the UPC printed on older receipts. */
final class Catalog {

    record Product(String sku, String upc, String name, String department, long priceCents,
                   boolean finalSale, int restockingPercent, int returnDays, int taxRateBp) {
    }

    static final String[] DEPARTMENTS = {
        "APPAREL", "FOOTWEAR", "HOME", "KITCHEN", "ELECTRONICS", "TOYS", "GARDEN", "BEAUTY", "SPORTS", "GROCERY"
    };

    private final Map<String, Product> bySku = new HashMap<>();
    private final Map<String, Product> byUpc = new HashMap<>();
    private final List<Product> products = new ArrayList<>();

    static Catalog generate(SplittableRandom rnd, int size) {
        Catalog c = new Catalog();
        for (int i = 0; i < size; i++) {
            String dept = DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)];
            String sku = dept.substring(0, 3) + "-" + (100000 + i);
            String upc = Long.toString(600000000000L + (long) i * 7919L);
            long price = 199 + rnd.nextInt(dept.equals("ELECTRONICS") ? 90000 : 12000);
            boolean finalSale = dept.equals("GROCERY") || dept.equals("BEAUTY") && rnd.nextInt(4) == 0
                    || rnd.nextInt(40) == 0;
            int restocking = dept.equals("ELECTRONICS") ? 15 : dept.equals("HOME") ? 10 : 0;
            int days = dept.equals("ELECTRONICS") ? 15 : dept.equals("APPAREL") || dept.equals("FOOTWEAR") ? 60 : 30;
            int tax = dept.equals("GROCERY") ? 0 : 1300;
            c.add(new Product(sku, upc, dept + " item " + i, dept, price, finalSale, restocking, days, tax));
        }
        return c;
    }

    void add(Product p) {
        bySku.put(p.sku(), p);
        byUpc.put(p.upc(), p);
        products.add(p);
    }

    Product bySku(String sku) {
        return bySku.get(sku);
    }

    Product byUpc(String upc) {
        return byUpc.get(upc);
    }

    Product at(int index) {
        return products.get(index);
    }

    int size() {
        return products.size();
    }
}
