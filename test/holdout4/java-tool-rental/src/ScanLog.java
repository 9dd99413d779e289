import java.util.ArrayList;
import java.util.List;

/** Replays the rental counter scanners, one line per scan: kind|day|customer|barcode|depot */
public class ScanLog {
    private long state;
    private final int customers;
    private final int tools;
    private static final String[] DEPOTS = {"north-yard", "docklands", "ring-road", "airfield"};

    public ScanLog(long seed, int tools, int customers) {
        this.state = seed;
        this.tools = tools;
        this.customers = customers;
    }

    private int nextInt(int bound) {
        state ^= state << 21;
        state ^= state >>> 35;
        state ^= state << 4;
        return (int) Long.remainderUnsigned(state, bound);
    }

    public List<String> dayOfScans(int day, int n) {
        List<String> out = new ArrayList<>(n);
        StringBuilder sb = new StringBuilder(48);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            int k = nextInt(10);
            sb.append(k < 5 ? "OUT" : k < 9 ? "IN" : "RENEW").append('|').append(day).append('|');
            sb.append("C").append(10000 + nextInt(customers)).append('|');
            sb.append("TL").append(String.valueOf(1000000 + nextInt(tools) * 7)).append('|');
            sb.append(DEPOTS[nextInt(DEPOTS.length)]);
            out.add(sb.toString());
        }
        return out;
    }
}
