package bindery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Produces the quarter's job export the way the MIS writes it (deterministic for a seed). */
public final class OrderExport {
    private static final String[] WORDS = {
        "Alpine", "Flora", "Harbour", "Lights", "Winter", "Garden", "Atlas", "Letters", "Salt", "River",
        "Glass", "Orchard", "Quiet", "Machines", "Northern", "Kitchen", "Songs", "Stone", "Paper", "Birds",
        "Field", "Notes", "Lost", "City", "Maps", "Tides", "Copper", "Hours", "Wild", "Bread"};
    private static final int[][] FORMATS = {{135, 215}, {148, 210}, {156, 234}, {170, 240}, {210, 280}, {125, 190}};

    public static List<String> generate(int count, LocalDate quarterStart, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(count + 2);
        lines.add("# MIS export bindery queue, generated for planning");
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(160);
            String isbn12 = "978" + (3 + rng.nextInt(2)) + String.format("%08d", rng.nextInt(100_000_000));
            String isbn = isbn12.substring(0, 3) + "-" + isbn12.charAt(3) + "-" + isbn12.substring(4, 8) + "-"
                    + isbn12.substring(8, 12) + "-" + checkDigit(isbn12);
            if (rng.nextInt(200) == 0) {
                isbn = isbn.substring(0, 16) + ((isbn.charAt(16) - '0' + 1) % 10); // typo in the MIS
            }
            int[] fmt = FORMATS[rng.nextInt(FORMATS.length)];
            int pages = 8 * (12 + rng.nextInt(60));
            if (rng.nextInt(150) == 0) pages += 4;
            String cover = rng.nextInt(3) == 0 ? "cloth" : rng.nextBoolean() ? "pob" : "soft";
            String binding = cover.equals("soft") ? (rng.nextBoolean() ? "pur" : "perfect")
                    : (rng.nextInt(4) == 0 ? "pur" : "sewn");
            sb.append("JOB 24-").append(String.format("%04d", 1000 + i))
              .append(" | ISBN ").append(isbn)
              .append(" | '").append(WORDS[rng.nextInt(WORDS.length)]).append(' ').append(WORDS[rng.nextInt(WORDS.length)])
              .append("' | ").append(pages).append("pp | ").append(fmt[0]).append('x').append(fmt[1])
              .append(" | ").append(cover).append(" | ").append(binding)
              .append(" | qty ").append(500 * (1 + rng.nextInt(16)))
              .append(" | due ").append(quarterStart.plusDays(6 + rng.nextInt(80)))
              .append(" | prio ").append(1 + rng.nextInt(5));
            lines.add(sb.toString());
        }
        return lines;
    }

    static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelve.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }
}
