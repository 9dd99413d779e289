import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Produces the day's movement journal as text lines: type|sku|location|qty|ref */
final class MovementFeed {
    private static final String[] TYPES = {"RCV", "PICK", "PICK", "PICK", "MOVE", "ADJ"};
    private final Catalog catalog;
    private final String warehouse;
    private final Random rng;

    MovementFeed(Catalog catalog, String warehouse, long seed) {
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.rng = new Random(seed);
    }

    List<String> day(int day, int count) {
        List<String> lines = new ArrayList<>(count);
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < count; i++) {
            sb.setLength(0);
            String type = TYPES[rng.nextInt(TYPES.length)];
            int hot = rng.nextInt(10) < 7 ? rng.nextInt(2_000) : rng.nextInt(catalog.size());
            sb.append(type).append('|')
              .append(rng.nextInt(500) == 0 ? "???-" + i : catalog.skuAt(hot)).append('|')
              .append(warehouse).append('-').append((char) ('A' + rng.nextInt(12))).append(rng.nextInt(40)).append('|')
              .append(type.equals("RCV") ? 10 + rng.nextInt(200) : type.equals("ADJ") ? rng.nextInt(11) - 5 : 1 + rng.nextInt(12)).append('|')
              .append("D").append(day).append('-').append(i);
            lines.add(sb.toString());
        }
        return lines;
    }
}
