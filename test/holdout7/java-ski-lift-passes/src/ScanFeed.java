import java.util.ArrayList;
import java.util.List;

/** Deterministic stand-in for the turnstile controllers' nightly export. */
public class ScanFeed {
    private static final String[] LIFTS = {"Glacier Express", "Rothorn 6", "Fuchs T-bar", "Sunnegga Funi", "Blauherd 8", "Gant Chair", "Patrullarve"};
    private static final String[] TYPES = {"DAY", "HALFDAY", "SEASON", "SEASON", "WEEK", "CHILD"};
    private long s;

    public ScanFeed(long seed) { this.s = seed; }

    private long next() {
        s ^= s << 13; s ^= s >>> 7; s ^= s << 17;
        return s & Long.MAX_VALUE;
    }

    private int nextInt(int n) { return (int) (next() % n); }

    public List<String> day(int dayIndex, int scans) {
        List<String> out = new ArrayList<>(scans);
        StringBuilder sb = new StringBuilder(96);
        for (int i = 0; i < scans; i++) {
            sb.setLength(0);
            int minute = 8 * 60 + 30 + nextInt(8 * 60);
            sb.append("2026-01-").append(10 + dayIndex % 20 < 10 ? "0" : "").append(10 + dayIndex % 20)
              .append('T').append(minute / 60 < 10 ? "0" : "").append(minute / 60).append(':')
              .append(minute % 60 < 10 ? "0" : "").append(minute % 60).append(':').append(10 + nextInt(50));
            sb.append(';').append(LIFTS[nextInt(LIFTS.length)]);
            int holder = nextInt(4000);
            sb.append(";pass= ").append((char) ('A' + holder % 26)).append((char) ('A' + holder / 26 % 26))
              .append(holder % 90 + 10).append('-').append(1000 + holder).append('-').append((char) ('K' + holder % 8)).append(' ');
            sb.append(';').append(TYPES[holder % TYPES.length]);
            int r = nextInt(10);
            sb.append(";age=").append(r < 5 ? "n/a" : r < 6 ? "" : String.valueOf(6 + holder % 70));
            sb.append(";pts=").append(holder % 3 == 0 ? String.valueOf(holder % 500) : "none");
            sb.append(";alt=").append(1600 + nextInt(1700));
            out.add(sb.toString());
        }
        return out;
    }
}
