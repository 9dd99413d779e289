import java.nio.charset.StandardCharsets;

/** Renders the place-card print file: one card per guest, grouped by table. */
final class PlaceCards {
    private static final String[] TABLE_NAMES = {"Peony", "Ranunculus", "Sweet Pea", "Lisianthus", "Freesia", "Anemone", "Dahlia",
            "Hydrangea", "Delphinium", "Astrantia", "Scabiosa", "Cosmos", "Nigella", "Larkspur", "Snapdragon", "Stock", "Tulip",
            "Veronica", "Wax Flower", "Eucalyptus", "Olive", "Rosemary", "Lavender", "Jasmine", "Gardenia", "Camellia", "Magnolia"};
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private long bytes;

    byte[] render(Reception r, SeatingOptimizer.Plan plan) {
        sb.setLength(0);
        sb.append("WEDDING ").append(r.wedding).append('\n');
        for (int t = 0; t < plan.tables; t++) {
            sb.append("Table ").append(t == 0 ? "Top" : TABLE_NAMES[(t - 1) % TABLE_NAMES.length]).append('\n');
            for (int i = 0; i < r.n; i++) {
                if (plan.table[i] != t) continue;
                Guest g = r.guests[i];
                sb.append("  ").append(g.first).append(' ').append(g.last);
                if (g.meal != Guest.Meal.BEEF) sb.append(" [").append(g.meal.name().charAt(0)).append(']');
                if (g.nutAllergy) sb.append(" *NUT*");
                if (g.glutenFree) sb.append(" *GF*");
                sb.append('\n');
            }
        }
        byte[] out = sb.toString().getBytes(StandardCharsets.UTF_8);
        bytes += out.length;
        return out;
    }

    long bytes() { return bytes; }
}
