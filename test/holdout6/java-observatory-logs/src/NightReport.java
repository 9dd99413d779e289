import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the morning report the night assistant mails to the science team. */
public final class NightReport {
    private static final DateTimeFormatter UT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final List<Observation> obs = new ArrayList<>();
    private final StringBuilder out = new StringBuilder(1 << 16);
    private int night;

    void begin(int night) {
        this.night = night;
        obs.clear();
        out.setLength(0);
    }

    void add(Observation o) {
        obs.add(o);
    }

    String finish() {
        obs.sort(Comparator.comparing((Observation o) -> o.target)
                .thenComparingDouble(o -> o.seeingArcsec)
                .thenComparing(o -> o.start));
        out.append("Night ").append(night).append(" - ").append(obs.size()).append(" frames\n");
        String last = null;
        for (Observation o : obs) {
            if (!o.target.equals(last)) {
                out.append('\n').append(o.target).append('\n');
                last = o.target;
            }
            out.append("  ");
            UT.formatTo(o.start, out);
            out.append("  ").append(o.filter);
            for (int i = o.filter.length(); i < 8; i++) {
                out.append(' ');
            }
            appendFixed(out, o.exposureSec, 0).append(" s  seeing ");
            appendFixed(out, o.seeingArcsec, 2).append("  X=");
            appendFixed(out, o.airmass(), 3).append('\n');
        }
        return out.toString();
    }

    private static StringBuilder appendFixed(StringBuilder b, double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long r = Math.round(v * scale);
        b.append(r / scale);
        if (decimals > 0) {
            b.append('.');
            String frac = Long.toString(r % scale);
            for (int i = frac.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(frac);
        }
        return b;
    }
}
