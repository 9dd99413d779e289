import java.util.Arrays;

/**
 * A* router on the 4-connected floor grid. All working arrays are allocated
 * once per router and invalidated by a search generation stamp, so a worker
 * thread can route hundreds of thousands of legs without allocating.
 */
final class GridRouter {
    private final Warehouse wh;
    private final int[] g;
    private final int[] stamp;
    private final int[] parent;
    private final boolean[] closed;
    private final int[] heap;      // cells, ordered by f = g + h
    private final int[] heapF;
    private int heapSize;
    private int generation;
    long expanded;

    GridRouter(Warehouse wh) {
        this.wh = wh;
        int n = wh.width * wh.height;
        g = new int[n];
        stamp = new int[n];
        parent = new int[n];
        closed = new boolean[n];
        heap = new int[n * 2];
        heapF = new int[n * 2];
    }

    /** Length in moves of the shortest route, or -1 if unreachable. Fills path if non-null. */
    int route(int from, int to, int[] path) {
        if (from == to) {
            return 0;
        }
        generation++;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
        heapSize = 0;
        touch(from);
        g[from] = 0;
        push(from, wh.manhattan(from, to));
        int w = wh.width;
        while (heapSize > 0) {
            int cur = pop();
            if (closed[cur]) {
                continue;
            }
            closed[cur] = true;
            expanded++;
            if (cur == to) {
                int len = g[cur];
                if (path != null) {
                    int c = cur;
                    for (int i = len; i >= 0; i--) {
                        path[i] = c;
                        c = parent[c];
                    }
                }
                return len;
            }
            int x = cur % w;
            int ng = g[cur] + 1;
            if (x > 0) relax(cur, cur - 1, ng, to);
            if (x < w - 1) relax(cur, cur + 1, ng, to);
            byte dir = wh.oneWay[cur];
            if (cur >= w && dir != Warehouse.SOUTH) relax(cur, cur - w, ng, to);
            if (cur + w < g.length && dir != Warehouse.NORTH) relax(cur, cur + w, ng, to);
        }
        return -1;
    }

    private void relax(int from, int nb, int ng, int to) {
        if (!wh.passable(nb) && nb != to) {
            return;
        }
        touch(nb);
        if (closed[nb] || ng >= g[nb]) {
            return;
        }
        g[nb] = ng;
        parent[nb] = from;
        push(nb, ng + wh.manhattan(nb, to));
    }

    private void touch(int c) {
        if (stamp[c] != generation) {
            stamp[c] = generation;
            g[c] = Integer.MAX_VALUE;
            closed[c] = false;
        }
    }

    private void push(int cell, int f) {
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapF[p] <= f) {
                break;
            }
            heap[i] = heap[p];
            heapF[i] = heapF[p];
            i = p;
        }
        heap[i] = cell;
        heapF[i] = f;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int lf = heapF[heapSize];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && heapF[c + 1] < heapF[c]) {
                c++;
            }
            if (heapF[c] >= lf) {
                break;
            }
            heap[i] = heap[c];
            heapF[i] = heapF[c];
            i = c;
        }
        heap[i] = last;
        heapF[i] = lf;
        return top;
    }
}
