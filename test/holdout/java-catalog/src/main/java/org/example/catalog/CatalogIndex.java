package org.example.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The shared catalogue index all import workers publish into. */
final class CatalogIndex {
    private static final long BAND_WIDTH_CENTS = 10_000;
    private static final int RECENT_WINDOW = 128;

    /** What the index keeps per SKU; the parsed record itself is dropped after publishing. */
    private record Entry(long priceCents, long checksum, String category) {}

    private final Map<String, Entry> bySku = new HashMap<>();
    private final Map<String, TreeMap<Long, String>> cheapestByCategory = new TreeMap<>();
    private final Map<String, long[]> categoryPriceBands = new HashMap<>();
    private final Map<String, Integer> tokenFrequency = new TreeMap<>();
    private final Map<String, long[]> recentPrices = new HashMap<>();
    private final Map<String, Integer> recentCursor = new HashMap<>();
    private final long[] medianScratch = new long[RECENT_WINDOW];
    private int priceAnomalies;
    private long labelBytes;

    void publish(Product product, String label) {
        synchronized (this) {
            Entry previous = bySku.put(product.sku(), new Entry(product.priceCents(), product.checksum(), product.category()));
            TreeMap<Long, String> cheapest = cheapestByCategory.computeIfAbsent(product.category(), k -> new TreeMap<>());
            long[] bands = categoryPriceBands.computeIfAbsent(product.category(), k -> new long[12]);
            if (previous != null) {
                cheapest.remove(previous.priceCents() * 1_000_000L + (previous.checksum() % 1_000_000L));
                bands[band(previous.priceCents())]--;
            }
            cheapest.put(product.priceCents() * 1_000_000L + (product.checksum() % 1_000_000L), product.sku());
            if (cheapest.size() > 200) {
                cheapest.pollLastEntry();
            }
            bands[band(product.priceCents())]++;
            for (String token : product.tokens()) {
                tokenFrequency.merge(token, 1, Integer::sum);
            }
            // rolling median of the category's last RECENT_WINDOW prices, to flag outliers
            long[] recent = recentPrices.computeIfAbsent(product.category(), k -> new long[RECENT_WINDOW]);
            int cursor = recentCursor.merge(product.category(), 1, Integer::sum);
            recent[(cursor - 1) % RECENT_WINDOW] = product.priceCents();
            int filled = Math.min(cursor, RECENT_WINDOW);
            System.arraycopy(recent, 0, medianScratch, 0, filled);
            java.util.Arrays.sort(medianScratch, 0, filled);
            long median = medianScratch[filled / 2];
            if (filled >= 32 && (product.priceCents() > 4 * median || product.priceCents() * 4 < median)) {
                priceAnomalies++;
            }
            labelBytes += label.length();
        }
    }

    private static int band(long priceCents) {
        return (int) Math.min(11, priceCents / BAND_WIDTH_CENTS);
    }

    synchronized int size() {
        return bySku.size();
    }

    synchronized int categories() {
        return cheapestByCategory.size();
    }
}
