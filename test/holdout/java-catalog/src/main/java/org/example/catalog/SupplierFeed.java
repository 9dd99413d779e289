package org.example.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic supplier feed: one pipe-separated record per product, as suppliers upload them. */
final class SupplierFeed {
    private static final String[] BRANDS = {"Aster", "Borealis", "Cobalt", "Drift", "Ember", "Fjord", "Granite", "Halcyon"};
    private static final String[] KINDS = {"kettle", "lamp", "backpack", "router", "blender", "headset", "desk", "tent", "drill"};
    private static final String[] COLOURS = {"black", "white", "sage", "navy", "sand", "red", "graphite"};
    private static final String[] CATEGORIES = {"home/kitchen", "home/lighting", "outdoor/camping", "office/furniture",
        "electronics/network", "electronics/audio", "tools/power", "outdoor/bags"};
    private static final String[] NON_NUMERIC_STOCK = {"n/a", "on request", "-", "TBD", "discontinued"};

    private SupplierFeed() {}

    static List<String> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String prefix = BRANDS[rnd.nextInt(BRANDS.length)].substring(0, 3).toUpperCase();
            String sku = (rnd.nextInt(50) == 0) ? prefix.toLowerCase() + i : prefix + "-" + (10000 + rnd.nextInt(90000));
            String kind = KINDS[rnd.nextInt(KINDS.length)];
            String title = BRANDS[rnd.nextInt(BRANDS.length)] + " " + kind + " " + (100 + rnd.nextInt(900));
            String price = (rnd.nextInt(3) == 0 ? "EUR " : "") + (5 + rnd.nextInt(900)) + "." + (10 + rnd.nextInt(90));
            int stockStyle = rnd.nextInt(20);
            String stock = stockStyle < 5
                ? NON_NUMERIC_STOCK[rnd.nextInt(NON_NUMERIC_STOCK.length)]
                : stockStyle < 12 ? rnd.nextInt(2500) + " pcs" : Integer.toString(rnd.nextInt(2500));
            String attributes = "colour=" + COLOURS[rnd.nextInt(COLOURS.length)] + "; weight=" + (1 + rnd.nextInt(40))
                + "kg; warranty=" + (1 + rnd.nextInt(5)) + "y; power=" + (rnd.nextInt(8) * 150) + "W; depth="
                + (10 + rnd.nextInt(90)) + "cm; height=" + (5 + rnd.nextInt(120)) + "cm; origin=" + (rnd.nextBoolean() ? "EU" : "APAC");
            StringBuilder description = new StringBuilder();
            int words = 8 + rnd.nextInt(14);
            for (int w = 0; w < words; w++) {
                if (w > 0) description.append(' ');
                description.append(switch (rnd.nextInt(5)) {
                    case 0 -> kind;
                    case 1 -> COLOURS[rnd.nextInt(COLOURS.length)];
                    case 2 -> "durable";
                    case 3 -> "compact";
                    default -> "model" + rnd.nextInt(60);
                });
            }
            lines.add(sku + " | " + title + " |" + price + " | " + stock + "|  " + CATEGORIES[rnd.nextInt(CATEGORIES.length)]
                + " | " + attributes + " | " + description);
        }
        return lines;
    }
}
