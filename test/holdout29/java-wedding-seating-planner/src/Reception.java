import java.util.ArrayList;
import java.util.List;

/**
 * The attending guests of one reception with a dense affinity matrix:
 * positive values want to sit together, negative values must be kept apart.
 */
final class Reception {
    final int wedding;
    final Guest[] guests;
    final int[] affinity;   // n*n
    final int[] partner;    // index of the guest's partner or -1
    final int n;

    private Reception(int wedding, Guest[] guests, int[] affinity, int[] partner) {
        this.wedding = wedding;
        this.guests = guests;
        this.affinity = affinity;
        this.partner = partner;
        this.n = guests.length;
    }

    int size() { return n; }

    int affinity(int a, int b) { return affinity[a * n + b]; }

    /** Relationship edges come as (guestIdA, guestIdB, weight) triples. */
    static Reception from(int wedding, List<Guest> rsvps, int[][] edges) {
        List<Guest> in = new ArrayList<>(rsvps.size());
        for (Guest g : rsvps) if (g.attending) in.add(g);
        Guest[] gs = in.toArray(new Guest[0]);
        int n = gs.length;
        int minId = Integer.MAX_VALUE, maxId = Integer.MIN_VALUE;
        for (Guest g : rsvps) {
            minId = Math.min(minId, g.id);
            maxId = Math.max(maxId, g.id);
        }
        int[] indexOf = new int[maxId - minId + 1];
        java.util.Arrays.fill(indexOf, -1);
        for (int i = 0; i < n; i++) indexOf[gs[i].id - minId] = i;
        int[] aff = new int[n * n];
        int[] partner = new int[n];
        java.util.Arrays.fill(partner, -1);
        // same invitation: strong pull; same side of the family: mild pull
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int v = 0;
                if (gs[i].party == gs[j].party) v += 6;
                if (gs[i].side == gs[j].side) v += 1;
                if (gs[i].last.equals(gs[j].last)) v += 2;
                if (Math.abs(gs[i].age - gs[j].age) < 8) v += 1;
                aff[i * n + j] = v;
                aff[j * n + i] = v;
            }
        }
        for (int[] e : edges) {
            if (e[0] < minId || e[0] > maxId || e[1] < minId || e[1] > maxId) continue;
            int a = indexOf[e[0] - minId], b = indexOf[e[1] - minId];
            if (a < 0 || b < 0) continue;
            aff[a * n + b] += e[2];
            aff[b * n + a] += e[2];
            if (e[2] >= 50) {
                partner[a] = b;
                partner[b] = a;
            }
        }
        return new Reception(wedding, gs, aff, partner);
    }
}
