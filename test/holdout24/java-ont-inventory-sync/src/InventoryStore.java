package ontsync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Local inventory of ONTs, indexed by id and by PON port. */
final class InventoryStore {

    static final class PonPort {
        final String key;
        final List<OntRecord> onts = new ArrayList<>(32);
        int online, los, degraded, marginal;
        double minRx = Double.POSITIVE_INFINITY, sumRx;
        long committedDownMbps, rentalPence;

        PonPort(String key) {
            this.key = key;
        }

        void add(OntRecord r) {
            onts.add(r);
            committedDownMbps += r.downMbps;
            rentalPence += r.rentalPence;
            switch (r.health) {
                case LOS: los++; break;
                case DEGRADED: degraded++; break;
                case MARGINAL: marginal++; break;
                default: break;
            }
            if (r.operUp && !Double.isNaN(r.rxDbm)) {
                online++;
                sumRx += r.rxDbm;
                minRx = Math.min(minRx, r.rxDbm);
            }
        }

        double meanRx() {
            return online == 0 ? Double.NaN : sumRx / online;
        }

        /** GPON downstream is 2488 Mbit/s shared by the whole tree. */
        double contention() {
            return committedDownMbps / 2488.0;
        }
    }

    private final Map<String, OntRecord> byId = new HashMap<>(1 << 19);
    private final Map<String, PonPort> ports = new TreeMap<>();

    /** Returns true when the record is new or differs from what was held. */
    boolean upsert(OntRecord r) {
        OntRecord previous = byId.put(r.ontId, r);
        ports.computeIfAbsent(r.olt + " " + r.ponPort, PonPort::new).add(r);
        return !r.sameAs(previous);
    }

    Collection<PonPort> ports() {
        return ports.values();
    }

    int portCount() {
        return ports.size();
    }

    long degradedCount() {
        return byId.values().stream().filter(r -> r.health == OntRecord.Health.DEGRADED).count();
    }

    long losCount() {
        return byId.values().stream().filter(r -> r.health == OntRecord.Health.LOS).count();
    }

    List<String> worstPorts(int n) {
        List<PonPort> list = new ArrayList<>(ports.values());
        list.sort((a, b) -> Integer.compare(b.degraded + b.los, a.degraded + a.los));
        List<String> out = new ArrayList<>();
        for (PonPort p : list.subList(0, Math.min(n, list.size()))) {
            out.add(p.key + " degraded=" + p.degraded + " los=" + p.los + " onts=" + p.onts.size());
        }
        return out;
    }
}
