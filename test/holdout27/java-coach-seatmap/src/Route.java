import java.time.LocalTime;

/** An intercity coach route: ordered stops with cumulative distance and running time. */
public final class Route {
    final String code;
    final String[] stops;
    final double[] kmFromOrigin;
    final int[] minutesFromOrigin;
    final LocalTime[] departures;

    Route(String code, String[] stops, double[] kmFromOrigin, int[] minutesFromOrigin, LocalTime[] departures) {
        this.code = code;
        this.stops = stops;
        this.kmFromOrigin = kmFromOrigin;
        this.minutesFromOrigin = minutesFromOrigin;
        this.departures = departures;
    }

    int segments() {
        return stops.length - 1;
    }

    double km(int from, int to) {
        return kmFromOrigin[to] - kmFromOrigin[from];
    }
}
