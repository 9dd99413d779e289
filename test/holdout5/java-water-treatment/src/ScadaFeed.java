import java.util.ArrayList;
import java.util.List;

class ScadaFeed {
    private long state;

    ScadaFeed(long seed) { this.state = seed; }

    private int next(int n) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) Long.remainderUnsigned(state >>> 17, n);
    }

    /** Lines as exported by the plant historian: basin;sensor;epoch;turb;cl2;ph;flow */
    List<String> shift(int shift, int count) {
        List<String> out = new ArrayList<>(count);
        StringBuilder sb = new StringBuilder(64);
        long start = 1_780_000_000L + shift * 28_800L;
        for (int i = 0; i < count; i++) {
            sb.setLength(0);
            int basin = next(12);
            sb.append('B').append(basin).append(';');
            sb.append(next(25) == 0 ? "??" : "S" + (100 + next(40))).append(';');
            sb.append(start + i * 12L).append(';');
            sb.append(next(400) / 100.0).append(';');
            sb.append((50 + next(250)) / 100.0).append(';');
            sb.append((640 + next(200)) / 100.0).append(';');
            sb.append(200 + next(900));
            out.add(sb.toString());
        }
        return out;
    }
}
