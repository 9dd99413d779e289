import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The hourly bed board published to the site operations centre. */
public class BedBoard {
    private static final DateTimeFormatter ETA = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.UK);
    private final StringBuilder out = new StringBuilder(16 * 1024);
    long published;
    long bytes;

    String render(Site site, LocalDateTime now) {
        out.setLength(0);
        out.append("BED STATE ").append(site.name).append(' ').append(now).append('\n');
        for (Ward w : site.wards) {
            LocalDateTime nextOut = null;
            int cleaning = 0;
            out.append(w.id).append("  ").append(w.occupied()).append('/').append(w.beds.length)
               .append("  ").append(formatOccupancy(w.occupancy()));
            String bay = null;
            int bayBeds = 0, bayOcc = 0;
            for (Bed b : w.beds) {
                if (!b.bay.equals(bay)) {
                    if (bay != null) {
                        out.append("  ").append(bay).append(' ').append(formatOccupancy((double) bayOcc / bayBeds));
                    }
                    bay = b.bay;
                    bayBeds = 0;
                    bayOcc = 0;
                }
                bayBeds++;
                if (b.occupant != null) {
                    bayOcc++;
                    LocalDateTime d = b.occupant.expectedDischarge;
                    if (d != null && (nextOut == null || d.isBefore(nextOut))) {
                        nextOut = d;
                    }
                } else if (b.blockedUntil != null && b.blockedUntil.isAfter(now)) {
                    cleaning++;
                }
            }
            out.append("  cleaning ").append(cleaning);
            if (nextOut != null) {
                out.append("  next out ").append(ETA.format(nextOut));
            }
            out.append('\n');
        }
        published++;
        bytes += out.length();
        return out.toString();
    }

    static String formatOccupancy(double fraction) {
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.UK);
        pct.setMaximumFractionDigits(0);
        return pct.format(fraction);
    }
}
