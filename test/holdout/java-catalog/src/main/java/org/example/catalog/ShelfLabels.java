package org.example.catalog;

/** Printable shelf labels for the store systems. */
final class ShelfLabels {
    private ShelfLabels() {}

    static String label(Product p) {
        String stockNote = p.stock() == 0 ? "ask staff" : p.stock() + " in stock";
        return String.format("%-10s %-28.28s EUR %9.2f  %-14s [%s]", p.sku(), p.title(), p.priceCents() / 100.0,
            stockNote, p.attributes().getOrDefault("colour", "-"));
    }
}
