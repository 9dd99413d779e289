import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Item master data: SKU -> unit cost and category. */
final class Catalog {
    static final class Item {
        final String sku;
        final String category;
        final long unitCostCents;

        Item(String sku, String category, long unitCostCents) {
            this.sku = sku;
            this.category = category;
            this.unitCostCents = unitCostCents;
        }
    }

    private static final String[] CATEGORIES = {"fasteners", "tools", "electrical", "plumbing", "paint", "garden", "safety"};
    private final Map<String, Item> bySku;
    private final String[] skus;

    private Catalog(Map<String, Item> bySku, String[] skus) {
        this.bySku = bySku;
        this.skus = skus;
    }

    static Catalog generate(int size, long seed) {
        Random rng = new Random(seed);
        Map<String, Item> map = new HashMap<>(size * 2);
        String[] skus = new String[size];
        for (int i = 0; i < size; i++) {
            String category = CATEGORIES[rng.nextInt(CATEGORIES.length)];
            String sku = category.substring(0, 3).toUpperCase() + "-" + (100000 + i);
            skus[i] = sku;
            map.put(sku, new Item(sku, category, 49 + rng.nextInt(25_000)));
        }
        return new Catalog(map, skus);
    }

    Item find(String sku) {
        return bySku.get(sku);
    }

    String skuAt(int index) {
        return skus[index];
    }

    int size() {
        return skus.length;
    }
}
