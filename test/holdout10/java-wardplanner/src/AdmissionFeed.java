import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulated ED system interface: emits bed requests as CSV lines, e.g.
 * {@code REQ,M4412093,2024-01-05T14:20,78,GERI,3,ISO,6.5}.
 */
public class AdmissionFeed {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final double[] SPEC_WEIGHTS = {0.30, 0.12, 0.14, 0.14, 0.10, 0.08, 0.06, 0.06};

    private final Random rng;
    private final double hourlyRate;
    private int next;
    private final String prefix;

    AdmissionFeed(Random rng, double hourlyRate, String prefix) {
        this.rng = rng;
        this.hourlyRate = hourlyRate;
        this.prefix = prefix;
    }

    /** Bed requests raised during the {@code minutes} before {@code until}. */
    List<String> requestsFor(LocalDateTime until, int minutes) {
        // ED demand peaks late morning to evening
        int h = until.getHour();
        double rate = hourlyRate * minutes / 60.0 * (0.55 + 0.9 * Math.exp(-Math.pow(h - 15, 2) / 30.0));
        int n = poisson(rate);
        List<String> lines = new ArrayList<>(n);
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            String spec = pickSpecialty();
            int age = 18 + (int) Math.min(82, Math.abs(rng.nextGaussian() * 22 + 52));
            int acuity = 1 + Math.min(4, (int) Math.abs(rng.nextGaussian() * 1.3 + (age > 75 ? 1.5 : 0.8)));
            boolean iso = rng.nextDouble() < 0.07;
            double los = Math.max(0.5, -Math.log(1 - rng.nextDouble()) * (2.5 + acuity * 0.7 + (age > 80 ? 2 : 0)));
            sb.append("REQ,").append(prefix).append(next++).append(',')
              .append(STAMP.format(until.minusMinutes(1 + rng.nextInt(minutes)))).append(',')
              .append(age).append(',').append(spec).append(',').append(acuity).append(',')
              .append(iso ? "ISO" : "STD").append(',').append(Math.round(los * 10) / 10.0);
            lines.add(sb.toString());
        }
        return lines;
    }

    private String pickSpecialty() {
        double x = rng.nextDouble();
        for (int i = 0; i < SPEC_WEIGHTS.length; i++) {
            x -= SPEC_WEIGHTS[i];
            if (x <= 0) {
                return Site.SPECIALTIES[i];
            }
        }
        return Site.SPECIALTIES[0];
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda), p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** Parses a request line; returns null for malformed lines. */
    static Patient parse(String line) {
        String[] f = line.split(",");
        if (f.length != 8 || !"REQ".equals(f[0])) {
            return null;
        }
        LocalDateTime at = LocalDateTime.parse(f[2], STAMP);
        return new Patient(f[1], Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5]), "ISO".equals(f[6]), at, Double.parseDouble(f[7]));
    }
}
