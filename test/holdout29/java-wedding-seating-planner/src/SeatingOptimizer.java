import java.util.SplittableRandom;

/**
 * Simulated annealing over seat assignments: moves a guest to another table
 * or swaps two guests, accepting worse plans with a falling probability.
 */
final class SeatingOptimizer {
    private final int sweeps;

    SeatingOptimizer(int sweeps) { this.sweeps = sweeps; }

    static final class Plan {
        final int[] table;     // table of each guest
        final int tables;
        final int capacity;
        final Reception r;
        int score;

        Plan(Reception r, int tables, int capacity) {
            this.r = r;
            this.table = new int[r.n];
            this.tables = tables;
            this.capacity = capacity;
        }

        int tableCount() { return tables; }
        int score() { return score; }

        int conflictsSeatedTogether() {
            int c = 0;
            for (int i = 0; i < r.n; i++)
                for (int j = i + 1; j < r.n; j++)
                    if (table[i] == table[j] && r.affinity(i, j) < 0) c++;
            return c;
        }

        int couplesSplit() {
            int c = 0;
            for (int i = 0; i < r.n; i++) if (r.partner[i] > i && table[r.partner[i]] != table[i]) c++;
            return c;
        }
    }

    Plan seat(Reception r, SplittableRandom rng) {
        int capacity = r.n > 120 ? 10 : 8;
        int tables = Math.max(1, (r.n + capacity - 1) / capacity + 1);
        Plan p = new Plan(r, tables, capacity);
        int[] count = new int[tables];
        // start: invitations in order, filling tables
        for (int i = 0; i < r.n; i++) {
            int t = i / capacity;
            p.table[i] = t;
            count[t]++;
        }
        // gain[i*tables + t] = sum of affinity of guest i with everyone at table t
        int[] gain = new int[r.n * tables];
        for (int i = 0; i < r.n; i++)
            for (int j = 0; j < r.n; j++)
                if (i != j) gain[i * tables + p.table[j]] += r.affinity(i, j);
        int score = 0;
        for (int i = 0; i < r.n; i++) score += gain[i * tables + p.table[i]];
        score /= 2;
        int best = score;
        int[] bestTable = p.table.clone();
        long moves = (long) sweeps * r.n;
        double temp = 12.0;
        double cooling = Math.pow(0.02 / temp, 1.0 / moves);
        for (long m = 0; m < moves; m++, temp *= cooling) {
            int a = rng.nextInt(r.n);
            int ta = p.table[a];
            if (rng.nextInt(3) == 0) {
                int tb = rng.nextInt(tables);
                if (tb == ta || count[tb] >= capacity) continue;
                int delta = gain[a * tables + tb] - gain[a * tables + ta];
                if (delta >= 0 || rng.nextDouble() < Math.exp(delta / temp)) {
                    moveGuest(r, p, gain, tables, a, ta, tb);
                    count[ta]--;
                    count[tb]++;
                    score += delta;
                }
            } else {
                int b = rng.nextInt(r.n);
                int tb = p.table[b];
                if (ta == tb) continue;
                int delta = gain[a * tables + tb] - gain[a * tables + ta]
                        + gain[b * tables + ta] - gain[b * tables + tb]
                        - 2 * r.affinity(a, b);
                if (delta >= 0 || rng.nextDouble() < Math.exp(delta / temp)) {
                    moveGuest(r, p, gain, tables, a, ta, tb);
                    moveGuest(r, p, gain, tables, b, tb, ta);
                    score += delta;
                }
            }
            if (score > best) {
                best = score;
                System.arraycopy(p.table, 0, bestTable, 0, r.n);
            }
        }
        System.arraycopy(bestTable, 0, p.table, 0, r.n);
        p.score = best;
        return p;
    }

    private static void moveGuest(Reception r, Plan p, int[] gain, int tables, int g, int from, int to) {
        int n = r.n;
        int row = g * n;
        for (int j = 0; j < n; j++) {
            int v = r.affinity[row + j];
            if (v == 0 || j == g) continue;
            gain[j * tables + from] -= v;
            gain[j * tables + to] += v;
        }
        p.table[g] = to;
    }
}
