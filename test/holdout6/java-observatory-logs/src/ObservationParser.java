import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ObservationParser {
    private static final Pattern LINE = Pattern.compile(
            "^OBS (\\d+) ([A-Z]+\\d+) RA=([0-9.]+) DEC=(-?[0-9.]+) FILT=(\\w+) EXP=(\\d+) SEE=([0-9.]+) ALT=([0-9.]+)$");
    private final SkyCatalog catalog;

    ObservationParser(SkyCatalog catalog) {
        this.catalog = catalog;
    }

    Observation parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        SkyCatalog.Target t = catalog.lookup(m.group(2));
        if (t == null) {
            return null;
        }
        return new Observation(
                Instant.ofEpochSecond(Long.parseLong(m.group(1))),
                t.name,
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                m.group(5),
                Integer.parseInt(m.group(6)),
                Double.parseDouble(m.group(7)),
                Double.parseDouble(m.group(8)));
    }
}

final class Observation {
    final Instant start;
    final String target;
    final double raHours;
    final double decDeg;
    final String filter;
    final int exposureSec;
    final double seeingArcsec;
    final double altitudeDeg;

    Observation(Instant start, String target, double raHours, double decDeg, String filter,
                int exposureSec, double seeingArcsec, double altitudeDeg) {
        this.start = start;
        this.target = target;
        this.raHours = raHours;
        this.decDeg = decDeg;
        this.filter = filter;
        this.exposureSec = exposureSec;
        this.seeingArcsec = seeingArcsec;
        this.altitudeDeg = altitudeDeg;
    }

    /** Kasten-Young airmass approximation. */
    double airmass() {
        double alt = altitudeDeg;
        return 1.0 / (Math.sin(Math.toRadians(alt)) + 0.50572 * Math.pow(alt + 6.07995, -1.6364));
    }
}
