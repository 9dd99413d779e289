package darts;

/**
 * Preferred finishing routes for every score a player can still check out,
 * computed once by dynamic programming over the beds a pro would aim at.
 */
final class CheckoutTable {
    static final int MAX = 170;
    private static final double INF = Double.MAX_VALUE / 4;

    // best[d][s]: lowest difficulty to finish s with at most d darts
    private final double[][] best = new double[4][MAX + 1];
    private final Target[][] first = new Target[4][MAX + 1];

    CheckoutTable() {
        for (int d = 0; d <= 3; d++) {
            java.util.Arrays.fill(best[d], INF);
        }
        for (Target t : Target.ALL) {
            if (t.isDouble() && t.points <= MAX) {
                double c = difficulty(t);
                if (c < best[1][t.points]) {
                    best[1][t.points] = c;
                    first[1][t.points] = t;
                }
            }
        }
        for (int d = 2; d <= 3; d++) {
            for (int s = 2; s <= MAX; s++) {
                best[d][s] = best[d - 1][s];
                first[d][s] = first[d - 1][s];
                for (Target t : Target.ALL) {
                    int rest = s - t.points;
                    if (rest < 2 || best[d - 1][rest] >= INF) {
                        continue;
                    }
                    double c = difficulty(t) + best[d - 1][rest];
                    if (c < best[d][s] - 1e-9) {
                        best[d][s] = c;
                        first[d][s] = t;
                    }
                }
            }
        }
    }

    private static double difficulty(Target t) {
        if (t.number == 25) {
            return t.multiplier == 2 ? 3.2 : 2.6;
        }
        double base = switch (t.multiplier) {
            case 3 -> 2.3;
            case 2 -> 2.0;
            default -> 1.0;
        };
        // prefer the big numbers a player practises, and even doubles that split well
        base += (20 - t.number) * 0.004;
        if (t.isDouble() && (t.number & 1) == 1) {
            base += 0.15;
        }
        return base;
    }

    /** The bed to aim at with `dartsLeft` darts for a score of `remaining`, or null if no finish. */
    Target route(int remaining, int dartsLeft) {
        if (remaining < 2 || remaining > MAX) {
            return null;
        }
        return first[dartsLeft][remaining];
    }

    boolean canFinish(int remaining, int dartsLeft) {
        return route(remaining, dartsLeft) != null;
    }
}
