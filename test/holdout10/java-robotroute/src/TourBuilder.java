import java.util.List;

/**
 * Sequences the pick faces of a cart batch into a short tour: greedy nearest
 * neighbour construction followed by 2-opt improvement on grid distances.
 */
final class TourBuilder {
    private final Warehouse wh;
    private final int[] buf = new int[256];

    TourBuilder(Warehouse wh) {
        this.wh = wh;
    }

    int[] sequence(int start, List<PickOrder> batch) {
        int n = 0;
        for (PickOrder o : batch) {
            for (int i = 0; i < o.lines && n < buf.length; i++) {
                int face = wh.skuFace[o.skus[i]];
                boolean dup = false;
                for (int j = 0; j < n; j++) {
                    if (buf[j] == face) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    buf[n++] = face;
                }
            }
        }
        int[] tour = new int[n];
        boolean[] used = new boolean[n];
        int at = start;
        for (int k = 0; k < n; k++) {
            int best = -1, bestD = Integer.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (!used[j]) {
                    int d = aisleDistance(at, buf[j]);
                    if (d < bestD) {
                        bestD = d;
                        best = j;
                    }
                }
            }
            used[best] = true;
            tour[k] = buf[best];
            at = buf[best];
        }
        twoOpt(start, tour);
        return tour;
    }

    /** Distance estimate that respects aisles: changing aisle costs a detour to a cross aisle. */
    int aisleDistance(int a, int b) {
        int w = wh.width;
        int ax = a % w, ay = a / w, bx = b % w, by = b / w;
        if (ax == bx) {
            return Math.abs(ay - by);
        }
        int cross = 18;
        int up = (ay % cross) + (by % cross);
        int down = (cross - ay % cross) + (cross - by % cross);
        int vertical = Math.abs(ay - by) <= cross ? Math.min(up, down) : Math.abs(ay - by);
        return Math.abs(ax - bx) + Math.max(vertical, Math.abs(ay - by));
    }

    private void twoOpt(int start, int[] t) {
        boolean improved = true;
        int rounds = 0;
        while (improved && rounds++ < 50) {
            improved = false;
            for (int i = 0; i < t.length - 1; i++) {
                int prev = i == 0 ? start : t[i - 1];
                for (int k = i + 1; k < t.length; k++) {
                    int next = k + 1 < t.length ? t[k + 1] : -1;
                    int before = aisleDistance(prev, t[i]) + (next < 0 ? 0 : aisleDistance(t[k], next));
                    int after = aisleDistance(prev, t[k]) + (next < 0 ? 0 : aisleDistance(t[i], next));
                    if (after < before) {
                        for (int a = i, b = k; a < b; a++, b--) {
                            int tmp = t[a];
                            t[a] = t[b];
                            t[b] = tmp;
                        }
                        improved = true;
                    }
                }
            }
        }
    }
}
