import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Award seat inventory per flight, indexed by route and departure date. */
public class FlightInventory {
    public static class Flight {
        final String carrier;
        final int number;
        final String origin;
        final String destination;
        final LocalDate departure;
        final int departureMinutes;
        final int[] capacity = new int[4];
        final int[] sold = new int[4];
        final int[] awardSeats = new int[4];

        Flight(String carrier, int number, String origin, String destination, LocalDate departure, int departureMinutes) {
            this.carrier = carrier;
            this.number = number;
            this.origin = origin;
            this.destination = destination;
            this.departure = departure;
            this.departureMinutes = departureMinutes;
        }

        String flightNumber() {
            return carrier + number;
        }

        double loadFactor(int cabin) {
            return capacity[cabin] == 0 ? 1.0 : (double) sold[cabin] / capacity[cabin];
        }
    }

    private final Map<String, List<Flight>> byRouteDate = new HashMap<>();
    private int flights;

    void add(Flight f) {
        byRouteDate.computeIfAbsent(key(f.origin, f.destination, f.departure), k -> new ArrayList<>()).add(f);
        flights++;
    }

    int size() {
        return flights;
    }

    private static String key(String o, String d, LocalDate date) {
        return o + d + date.toEpochDay();
    }

    List<Flight> find(String origin, String destination, LocalDate date) {
        List<Flight> l = byRouteDate.get(key(origin, destination, date));
        return l == null ? List.of() : l;
    }
}
