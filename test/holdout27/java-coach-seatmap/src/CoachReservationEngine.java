import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Replays a sales season of an intercity coach operator: seat requests for
 * multi-stop journeys are allocated on segment-level seat maps, priced by
 * load-based yield buckets, partly cancelled, and departing trips get their
 * boarding manifests printed.
 */
public class CoachReservationEngine {
    static final String[] TOWNS = {
        "Aberdeen", "Dundee", "Perth", "Stirling", "Glasgow", "Edinburgh", "Carlisle", "Penrith", "Kendal", "Lancaster",
        "Preston", "Manchester", "Leeds", "York", "Durham", "Newcastle", "Sheffield", "Nottingham", "Leicester", "Coventry",
        "Birmingham", "Oxford", "Reading", "London", "Cambridge", "Norwich", "Ipswich", "Bristol", "Bath", "Exeter",
        "Plymouth", "Cardiff", "Swansea", "Gloucester", "Cheltenham", "Southampton", "Portsmouth", "Brighton"};
    static final String[] FIRST = {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M."};
    static final String[] LAST = {"Campbell", "Hughes", "Patel", "Nowak", "O'Neill", "Ahmed", "Fraser", "Kowalski", "Evans", "Singh"};
    static final int SEASON_DAYS = 90;
    static final int BOOKING_HORIZON = 45;

    final SplittableRandom rnd;
    final List<Route> routes = new ArrayList<>();
    final Trip[][][] tripsByRouteDay;
    final List<List<Reservation>> reservationsByTrip = new ArrayList<>();
    final Map<Long, Reservation> reservations = new HashMap<>();
    final List<Reservation> active = new ArrayList<>();
    final SeatAllocator allocator = new SeatAllocator();
    final ManifestPrinter manifests = new ManifestPrinter();
    final LocalDate seasonStart = LocalDate.of(2024, 6, 1);
    final long[] routeRevenue;
    long nextReservationId = 5_000_001L;
    int requests;
    int sold;
    int lost;
    int cancelled;
    int splitParties;

    CoachReservationEngine(long seed, int routeCount) {
        rnd = new SplittableRandom(seed);
        for (int r = 0; r < routeCount; r++) {
            int stops = 6 + rnd.nextInt(8);
            String[] names = new String[stops];
            double[] km = new double[stops];
            int[] minutes = new int[stops];
            int start = rnd.nextInt(TOWNS.length);
            for (int s = 0; s < stops; s++) {
                names[s] = TOWNS[(start + s * (1 + r % 3)) % TOWNS.length];
                if (s > 0) {
                    double leg = 25 + rnd.nextInt(90);
                    km[s] = km[s - 1] + leg;
                    minutes[s] = minutes[s - 1] + (int) (leg * 0.9) + 10;
                }
            }
            int deps = 3 + rnd.nextInt(3);
            LocalTime[] times = new LocalTime[deps];
            for (int d = 0; d < deps; d++) {
                times[d] = LocalTime.of(6 + d * 3 + rnd.nextInt(2), rnd.nextInt(4) * 15);
            }
            routes.add(new Route("X" + (100 + r), names, km, minutes, times));
        }
        routeRevenue = new long[routeCount];
        tripsByRouteDay = new Trip[routeCount][SEASON_DAYS][];
        int id = 0;
        for (int r = 0; r < routeCount; r++) {
            Route route = routes.get(r);
            for (int day = 0; day < SEASON_DAYS; day++) {
                Trip[] trips = new Trip[route.departures.length];
                for (int d = 0; d < trips.length; d++) {
                    trips[d] = new Trip(id++, route, seasonStart.plusDays(day), d);
                    reservationsByTrip.add(new ArrayList<>());
                }
                tripsByRouteDay[r][day] = trips;
            }
        }
    }

    long fareCents(Trip trip, int from, int to, int party) {
        double base = 120 + trip.route.km(from, to) * 9.5;
        double load = (double) trip.peakLoad(from, to) / SeatMap.SEATS;
        double yield = load < 0.3 ? 0.75 : load < 0.6 ? 1.0 : load < 0.8 ? 1.35 : 1.8;
        double partyFactor = party >= 3 ? 0.9 * party : party;
        long cents = Math.round(base * yield * partyFactor);
        return (cents + 9) / 10 * 10;
    }

    void sell(int salesDay, int count) {
        for (int i = 0; i < count; i++) {
            requests++;
            int r = rnd.nextInt(routes.size());
            Route route = routes.get(r);
            int ahead = (int) Math.min(BOOKING_HORIZON, Math.abs(rnd.nextGaussian()) * 14) + 1;
            int day = salesDay + ahead;
            if (day >= SEASON_DAYS) {
                continue;
            }
            int from = rnd.nextInt(route.segments());
            int to = from + 1 + rnd.nextInt(route.segments() - from);
            int party = rnd.nextInt(10) < 7 ? 1 : 2 + rnd.nextInt(3);
            boolean window = rnd.nextBoolean();
            boolean table = party > 2 && rnd.nextInt(3) == 0;
            Trip[] trips = tripsByRouteDay[r][day];
            int dep = rnd.nextInt(trips.length);
            int[] seats = null;
            Trip chosen = null;
            for (int tryDep = 0; tryDep < trips.length && seats == null; tryDep++) {
                chosen = trips[(dep + tryDep) % trips.length];
                seats = allocator.allocate(chosen, from, to, party, window, table);
            }
            if (seats == null) {
                lost++;
                continue;
            }
            if (seats.length > 1 && SeatMap.ROW[seats[0]] != SeatMap.ROW[seats[seats.length - 1]]) {
                splitParties++;
            }
            long fare = fareCents(chosen, from, to, party);
            for (int s : seats) {
                chosen.occupy(s, from, to);
            }
            chosen.revenueCents += fare;
            String lead = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
            Reservation res = new Reservation(nextReservationId++, chosen, from, to, seats, fare, lead);
            reservations.put(res.id, res);
            reservationsByTrip.get(chosen.id).add(res);
            active.add(res);
            sold++;
        }
    }

    void cancelSome(int salesDay, int count) {
        LocalDate today = seasonStart.plusDays(salesDay);
        for (int i = 0; i < count && !active.isEmpty(); i++) {
            int idx = rnd.nextInt(active.size());
            Reservation res = active.get(idx);
            active.set(idx, active.get(active.size() - 1));
            active.remove(active.size() - 1);
            if (res.cancelled || !res.trip.date.isAfter(today)) {
                // already travelled or cancelled: no longer cancellable
                continue;
            }
            res.cancelled = true;
            for (int s : res.seats) {
                res.trip.release(s, res.from, res.to);
            }
            res.trip.revenueCents -= res.fareCents * 9 / 10;
            cancelled++;
        }
    }

    void depart(int day) {
        for (int r = 0; r < routes.size(); r++) {
            for (Trip t : tripsByRouteDay[r][day]) {
                List<Reservation> list = reservationsByTrip.get(t.id);
                manifests.print(t, list);
                routeRevenue[r] += t.revenueCents;
                for (Reservation res : list) {
                    reservations.remove(res.id);
                }
                list.clear();
            }
        }
    }

    public static void main(String[] args) {
        int routeCount = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 50000;
        long t0 = System.nanoTime();
        CoachReservationEngine engine = new CoachReservationEngine(6021L, routeCount);
        for (int day = 0; day < SEASON_DAYS; day++) {
            engine.sell(day, perDay);
            engine.cancelSome(day, perDay / 12);
            engine.depart(day);
            if (day % 15 == 14) {
                System.out.println("day " + (day + 1) + ": requests=" + engine.requests + " sold=" + engine.sold
                    + " lost=" + engine.lost + " cancelled=" + engine.cancelled + " open=" + engine.reservations.size());
            }
        }
        Integer[] order = new Integer[routeCount];
        for (int i = 0; i < routeCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(engine.routeRevenue[b], engine.routeRevenue[a]));
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            Route rt = engine.routes.get(order[i]);
            top.append(rt.code).append('=').append(engine.routeRevenue[order[i]] / 100).append(' ');
        }
        System.out.println("top routes: " + top);
        System.out.println("manifests=" + engine.manifests.count() + " bytes=" + engine.manifests.bytes()
            + " crc=" + Long.toHexString(engine.manifests.checksum()) + " splitParties=" + engine.splitParties
            + " elapsed=" + (System.nanoTime() - t0) / 1_000_000 + "ms");
    }
}
