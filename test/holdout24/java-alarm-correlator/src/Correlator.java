package noc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/**
 * Topology correlation: an alarm raised beneath an element that already has
 * an open incident within the correlation window is a symptom of it; any
 * other alarm of major severity or above on infrastructure opens a new
 * incident.
 */
final class Correlator implements Runnable {
    static final long WINDOW_MILLIS = 300_000;

    private final NetworkTopology topology;
    private final BlockingQueue<List<Alarm>> in;
    private final BlockingQueue<List<Incident>> out;
    private final Map<Long, Alarm> active = new HashMap<>(1 << 18);
    private final Map<Integer, Incident> openByElement = new HashMap<>(1 << 12);
    private long raised, cleared, suppressed, incidents;

    Correlator(NetworkTopology topology, BlockingQueue<List<Alarm>> in, BlockingQueue<List<Incident>> out) {
        this.topology = topology;
        this.in = in;
        this.out = out;
    }

    long raised() { return raised; }
    long cleared() { return cleared; }
    long suppressed() { return suppressed; }
    long incidents() { return incidents; }

    private static long key(int element, short code) {
        return ((long) element << 10) | (code & 0x3FF); // alarm codes are below 1024
    }

    @Override
    public void run() {
        try {
            while (true) {
                List<Alarm> batch = in.take();
                if (batch.isEmpty()) {
                    out.put(List.of());
                    return;
                }
                List<Incident> emitted = new ArrayList<>();
                for (Alarm a : batch) {
                    Incident inc = correlate(a);
                    if (inc != null) {
                        emitted.add(inc);
                    }
                }
                if (!emitted.isEmpty()) {
                    out.put(emitted);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns an incident to ticket (opened or closed), or null. */
    Incident correlate(Alarm a) {
        long k = key(a.element, a.code);
        if (a.isClear()) {
            Alarm was = active.remove(k);
            if (was == null) {
                return null;
            }
            cleared++;
            Incident inc = openByElement.get(a.element);
            if (inc != null && inc.root.code == a.code) {
                openByElement.remove(a.element);
                inc.clearedAtMillis = a.raisedAtMillis;
                return inc.snapshot();
            }
            return null;
        }
        if (active.putIfAbsent(k, a) != null) {
            return null; // repeated notification of an alarm already standing
        }
        raised++;
        for (int p = topology.parent[a.element]; p >= 0; p = topology.parent[p]) {
            Incident parentInc = openByElement.get(p);
            if (parentInc != null && Math.abs(a.raisedAtMillis - parentInc.root.raisedAtMillis) <= WINDOW_MILLIS) {
                parentInc.symptoms++;
                parentInc.lastSymptomMillis = Math.max(parentInc.lastSymptomMillis, a.raisedAtMillis);
                suppressed++;
                return null;
            }
        }
        boolean infrastructure = topology.kind[a.element] != NetworkTopology.Kind.LINE_CARD;
        if (a.severity >= Alarm.MAJOR || (infrastructure && a.severity >= Alarm.MINOR)) {
            if (openByElement.containsKey(a.element)) {
                return null;
            }
            Incident inc = new Incident(a);
            openByElement.put(a.element, inc);
            incidents++;
            return inc.snapshot();
        }
        return null;
    }
}
