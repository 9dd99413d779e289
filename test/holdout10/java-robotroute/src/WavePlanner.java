import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Plans one wave: batching, tour sequencing, routing and battery management. */
final class WavePlanner {
    static final int CART_TOTES = 4;
    static final double SECONDS_PER_MOVE = 0.9;
    static final double SECONDS_PER_PICK = 6.0;
    static final double SECONDS_PER_TURN = 2.5;
    static final double BATTERY_PER_MOVE = 0.0009; // fraction of charge per cell travelled

    private final Warehouse wh;
    private final GridRouter router;
    private final int[] path;
    private final int[] scratchSku = new int[32];
    private final int[] scratchQty = new int[32];
    private final TourBuilder tours;

    WavePlanner(Warehouse wh) {
        this.wh = wh;
        this.router = new GridRouter(wh);
        this.path = new int[wh.width * wh.height];
        this.tours = new TourBuilder(wh);
    }

    static final class Robot {
        final int id;
        int cell;
        double freeAt;
        double battery = 1.0;
        int moves;

        Robot(int id, int cell) {
            this.id = id;
            this.cell = cell;
        }
    }

    WaveResult plan(int wave, String released, int robots) {
        WaveResult res = new WaveResult(wave);
        List<PickOrder> orders = new ArrayList<>();
        int start = 0;
        while (start < released.length()) {
            int end = released.indexOf('\n', start);
            if (end < 0) {
                end = released.length();
            }
            PickOrder o = PickOrder.parse(released.substring(start, end), wh, scratchSku, scratchQty);
            if (o == null) {
                res.rejectedOrders++;
            } else {
                orders.add(o);
            }
            start = end + 1;
        }
        // priority orders first, then by the zone of their first pick so carts stay local
        orders.sort(Comparator.<PickOrder>comparingInt(o -> o.priority)
                .thenComparingInt(o -> wh.skuFace[o.skus[0]] % wh.width / 30));

        PriorityQueue<Robot> fleet = new PriorityQueue<>(Comparator.comparingDouble((Robot r) -> r.freeAt).thenComparingInt(r -> r.id));
        for (int i = 0; i < robots; i++) {
            fleet.add(new Robot(i, wh.chargers[i % wh.chargers.length] + wh.width * (1 + i / wh.chargers.length)));
        }
        for (int i = 0; i < orders.size(); i += CART_TOTES) {
            List<PickOrder> batch = orders.subList(i, Math.min(orders.size(), i + CART_TOTES));
            Robot r = fleet.poll();
            int[] stops = tours.sequence(r.cell, batch);
            int pack = nearestPackStation(stops[stops.length - 1]);
            double t = r.freeAt;
            int at = r.cell;
            for (int s : stops) {
                int len = router.route(at, s, path);
                if (len < 0) {
                    res.unreachable++;
                    continue;
                }
                r.moves += len;
                r.battery -= len * BATTERY_PER_MOVE;
                t += len * SECONDS_PER_MOVE + turns(path, len) * SECONDS_PER_TURN + SECONDS_PER_PICK;
                at = s;
                res.picks++;
            }
            int len = router.route(at, pack, path);
            r.moves += Math.max(0, len);
            r.battery -= Math.max(0, len) * BATTERY_PER_MOVE;
            t += Math.max(0, len) * SECONDS_PER_MOVE + 30;
            at = pack;
            res.batches++;
            res.orders += batch.size();
            if (r.battery < 0.25) {
                int charger = nearestCharger(at);
                int cl = router.route(at, charger, path);
                t += Math.max(0, cl) * SECONDS_PER_MOVE + 1800 * (1 - r.battery);
                r.battery = 1.0;
                at = charger;
                res.charges++;
            }
            r.cell = at;
            r.freeAt = t;
            fleet.add(r);
        }
        double makespan = 0;
        for (Robot r : fleet) {
            makespan = Math.max(makespan, r.freeAt);
            res.moves += r.moves;
        }
        res.makespanSeconds = makespan;
        res.expanded = router.expanded;
        return res;
    }

    /** Number of 90-degree turns along a routed path (robots stop to rotate). */
    private int turns(int[] p, int len) {
        int n = 0;
        for (int i = 2; i <= len; i++) {
            if (p[i] - p[i - 1] != p[i - 1] - p[i - 2]) {
                n++;
            }
        }
        return n;
    }

    private int nearestPackStation(int cell) {
        int best = wh.packStations[0];
        for (int p : wh.packStations) {
            if (wh.manhattan(cell, p) < wh.manhattan(cell, best)) {
                best = p;
            }
        }
        return best;
    }

    private int nearestCharger(int cell) {
        int best = wh.chargers[0];
        for (int c : wh.chargers) {
            if (wh.manhattan(cell, c) < wh.manhattan(cell, best)) {
                best = c;
            }
        }
        return best;
    }
}
