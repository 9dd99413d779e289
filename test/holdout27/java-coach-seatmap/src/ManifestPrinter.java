import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

/** Builds the driver's boarding manifest for each departing trip. */
public final class ManifestPrinter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd MMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<Reservation> BY_SEAT = Comparator.comparingInt(r -> r.seats[0]);

    private final CRC32 crc = new CRC32();
    private final StringBuilder sb = new StringBuilder(16 * 1024);
    private long bytes;
    private int manifests;

    void print(Trip trip, List<Reservation> reservations) {
        Route route = trip.route;
        LocalTime dep = route.departures[trip.departureIndex];
        sb.setLength(0);
        sb.append(route.code).append(' ').append(DATE.format(trip.date)).append(' ').append(TIME.format(dep)).append('\n');
        List<List<Reservation>> boarding = new ArrayList<>(route.stops.length);
        for (int i = 0; i < route.stops.length; i++) {
            boarding.add(new ArrayList<>());
        }
        for (Reservation r : reservations) {
            if (!r.cancelled) {
                boarding.get(r.from).add(r);
            }
        }
        for (int stop = 0; stop < route.segments(); stop++) {
            List<Reservation> list = boarding.get(stop);
            if (list.isEmpty()) {
                continue;
            }
            list.sort(BY_SEAT);
            sb.append("  ").append(route.stops[stop]).append(' ')
              .append(TIME.format(dep.plusMinutes(route.minutesFromOrigin[stop])))
              .append(" load ").append(trip.segmentLoad[stop]).append('/').append(SeatMap.SEATS).append('\n');
            for (Reservation r : list) {
                sb.append("    ");
                for (int k = 0; k < r.seats.length; k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    sb.append(SeatMap.LABEL[r.seats[k]]);
                }
                sb.append(' ').append(r.leadPassenger).append(" -> ").append(route.stops[r.to])
                  .append(" #").append(r.id).append('\n');
            }
        }
        byte[] out = sb.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(out);
        bytes += out.length;
        manifests++;
    }

    long checksum() {
        return crc.getValue();
    }

    long bytes() {
        return bytes;
    }

    int count() {
        return manifests;
    }
}
