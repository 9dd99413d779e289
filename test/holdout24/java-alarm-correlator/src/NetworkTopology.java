package noc;

import java.util.SplittableRandom;

/**
 * The managed network as a tree: core routers, aggregation switches, access
 * nodes (OLTs and DSLAMs) and their line cards. Stored in flat arrays keyed
 * by element index.
 */
final class NetworkTopology {
    enum Kind { CORE, AGGREGATION, ACCESS_NODE, LINE_CARD }

    static final String[] REGIONS = {"London", "South East", "Midlands", "North West", "Scotland", "Wales"};

    final int[] parent;
    final Kind[] kind;
    final String[] name;
    final int[] region;
    final int[] customers;
    final int[] depth;
    /** Elements are stored depth-first, so descendants of i are (i, subtreeEnd[i]). */
    final int[] subtreeEnd;

    private NetworkTopology(int n) {
        parent = new int[n];
        kind = new Kind[n];
        name = new String[n];
        region = new int[n];
        customers = new int[n];
        depth = new int[n];
        subtreeEnd = new int[n];
    }

    int size() {
        return parent.length;
    }

    static NetworkTopology build(long seed, int cores, int aggPerCore, int accessPerAgg, int cardsPerAccess) {
        int n = cores * (1 + aggPerCore * (1 + accessPerAgg * (1 + cardsPerAccess)));
        NetworkTopology t = new NetworkTopology(n);
        SplittableRandom rng = new SplittableRandom(seed);
        int next = 0;
        for (int c = 0; c < cores; c++) {
            int core = next++;
            t.set(core, -1, Kind.CORE, "cr" + (c + 1) + "." + REGIONS[c % REGIONS.length].toLowerCase().replace(' ', '-'), c % REGIONS.length, 0);
            for (int a = 0; a < aggPerCore; a++) {
                int agg = next++;
                t.set(agg, core, Kind.AGGREGATION, "agg" + (c + 1) + "-" + (a + 1), t.region[core], 1);
                for (int x = 0; x < accessPerAgg; x++) {
                    int acc = next++;
                    boolean olt = rng.nextInt(100) < 70;
                    t.set(acc, agg, Kind.ACCESS_NODE, (olt ? "olt" : "dslam") + (c + 1) + "-" + (a + 1) + "-" + (x + 1), t.region[core], 2);
                    for (int k = 0; k < cardsPerAccess; k++) {
                        int card = next++;
                        t.set(card, acc, Kind.LINE_CARD, t.name[acc] + "/lc" + (k + 1), t.region[core], 3);
                        int subs = (olt ? 256 : 48) - rng.nextInt(40);
                        t.customers[card] = subs;
                        for (int p = card; p >= 0; p = t.parent[p]) {
                            if (p != card) {
                                t.customers[p] += subs;
                            }
                        }
                    }
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            t.subtreeEnd[i] = Math.max(t.subtreeEnd[i], i + 1);
            if (t.parent[i] >= 0) {
                t.subtreeEnd[t.parent[i]] = Math.max(t.subtreeEnd[t.parent[i]], t.subtreeEnd[i]);
            }
        }
        return t;
    }

    private void set(int i, int p, Kind k, String n, int r, int d) {
        parent[i] = p;
        kind[i] = k;
        name[i] = n;
        region[i] = r;
        depth[i] = d;
    }
}
