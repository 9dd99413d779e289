import java.util.ArrayList;
import java.util.List;

/** Deterministic replay of the optical grader's per-fruit output. */
public class GraderFeed {
    private static final String[] VARIETIES = {"Braeburn", "Gala", "Jazz", "Elstar", "Pinova", "Topaz"};
    private long s;

    public GraderFeed(long seed) { this.s = seed; }

    private long next() {
        s ^= s << 13; s ^= s >>> 7; s ^= s << 17;
        return s & Long.MAX_VALUE;
    }

    private int nextInt(int n) { return (int) (next() % n); }

    List<String> shift(int shift, int fruits) {
        List<String> out = new ArrayList<>(fruits);
        StringBuilder sb = new StringBuilder(80);
        for (int i = 0; i < fruits; i++) {
            sb.setLength(0);
            sb.append("L").append(1 + nextInt(4)).append(',');
            sb.append(VARIETIES[nextInt(VARIETIES.length)]).append(',');
            sb.append(120 + nextInt(160)).append(',');          // grams
            sb.append(58 + nextInt(32)).append(',');            // diameter mm
            sb.append(nextInt(101)).append(',');                // blush %
            sb.append(nextInt(12)).append(',');                 // defect score
            sb.append(9 + nextInt(90) / 10.0);                  // brix
            if (nextInt(200) == 0) sb.append(",?");
            out.add(sb.toString());
        }
        return out;
    }
}
