import java.util.ArrayList;
import java.util.List;

/** Replays the telescope control system's observation log for one night. */
public final class NightLogReplayer {
    private long s;
    private final SkyCatalog catalog;
    private static final String[] FILTERS = {"U", "B", "V", "R", "I", "Halpha", "OIII"};

    NightLogReplayer(long seed, SkyCatalog catalog) {
        this.s = seed;
        this.catalog = catalog;
    }

    private int next(int n) {
        s ^= s << 13;
        s ^= s >>> 7;
        s ^= s << 17;
        return (int) Long.remainderUnsigned(s, n);
    }

    List<String> night(int n, int count) {
        List<String> out = new ArrayList<>(count);
        long t = 1704067200L + n * 86_400L + 19 * 3600L;
        StringBuilder b = new StringBuilder(128);
        for (int i = 0; i < count; i++) {
            SkyCatalog.Target tgt = catalog.at(next(catalog.size()));
            int exp = 30 + next(570);
            t += exp / 20 + 2;
            b.setLength(0);
            b.append("OBS ").append(t).append(' ').append(tgt.name)
                    .append(" RA=").append(tgt.ra).append(" DEC=").append(tgt.dec)
                    .append(" FILT=").append(FILTERS[next(FILTERS.length)])
                    .append(" EXP=").append(exp)
                    .append(" SEE=").append(0.6 + next(250) / 100.0)
                    .append(" ALT=").append(15 + next(7400) / 100.0);
            if (next(80) == 0) {
                b.append(" ABORTED");
            }
            out.add(b.toString());
        }
        return out;
    }
}
