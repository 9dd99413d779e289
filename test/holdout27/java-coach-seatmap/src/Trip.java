import java.time.LocalDate;

/** One dated departure of a route with its segment-level seat occupancy. */
public final class Trip {
    final int id;
    final Route route;
    final LocalDate date;
    final int departureIndex;
    /** bit i set = seat occupied on segment i (stop i to stop i+1) */
    final long[] occupied = new long[SeatMap.SEATS];
    final int[] segmentLoad;
    long revenueCents;

    Trip(int id, Route route, LocalDate date, int departureIndex) {
        this.id = id;
        this.route = route;
        this.date = date;
        this.departureIndex = departureIndex;
        this.segmentLoad = new int[route.segments()];
    }

    static long segmentMask(int from, int to) {
        return ((1L << to) - 1) & ~((1L << from) - 1);
    }

    int peakLoad(int from, int to) {
        int peak = 0;
        for (int s = from; s < to; s++) {
            peak = Math.max(peak, segmentLoad[s]);
        }
        return peak;
    }

    void occupy(int seat, int from, int to) {
        occupied[seat] |= segmentMask(from, to);
        for (int s = from; s < to; s++) {
            segmentLoad[s]++;
        }
    }

    void release(int seat, int from, int to) {
        occupied[seat] &= ~segmentMask(from, to);
        for (int s = from; s < to; s++) {
            segmentLoad[s]--;
        }
    }
}
