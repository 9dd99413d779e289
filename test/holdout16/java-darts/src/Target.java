package darts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bed on the board: number 1..20 or 25, multiplier 1..3 (bull: 1 outer, 2 inner). */
final class Target {
    final int number;
    final int multiplier;
    final int points;
    final double[] aim;

    private Target(int number, int multiplier) {
        this.number = number;
        this.multiplier = multiplier;
        this.points = number * multiplier;
        this.aim = Dartboard.aimPoint(this);
    }

    static final List<Target> ALL;
    private static final Target[] BY_BED = new Target[26 * 4];
    static final Target T20;
    static final Target T19;
    static final Target BULL;

    static {
        List<Target> all = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            for (int m = 1; m <= 3; m++) {
                all.add(new Target(n, m));
            }
        }
        all.add(new Target(25, 1));
        all.add(new Target(25, 2));
        ALL = Collections.unmodifiableList(all);
        for (Target t : all) {
            BY_BED[t.number * 4 + t.multiplier] = t;
        }
        T20 = of(20, 3);
        T19 = of(19, 3);
        BULL = of(25, 2);
    }

    static Target of(int number, int multiplier) {
        Target t = number >= 1 && number <= 25 && multiplier >= 1 && multiplier <= 3
                ? BY_BED[number * 4 + multiplier] : null;
        if (t == null) {
            throw new IllegalArgumentException(number + "x" + multiplier);
        }
        return t;
    }

    boolean isDouble() {
        return multiplier == 2;
    }

    @Override
    public String toString() {
        if (number == 25) {
            return multiplier == 2 ? "Bull" : "25";
        }
        return (multiplier == 3 ? "T" : multiplier == 2 ? "D" : "") + number;
    }
}
