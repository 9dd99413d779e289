package darts;

/** Geometry of a regulation bristle board, all distances in millimetres. */
final class Dartboard {
    static final double INNER_BULL = 6.35;
    static final double OUTER_BULL = 15.9;
    static final double TREBLE_IN = 99.0;
    static final double TREBLE_OUT = 107.0;
    static final double DOUBLE_IN = 162.0;
    static final double DOUBLE_OUT = 170.0;

    /** Segment numbers clockwise, starting with 20 at the top. */
    static final int[] ORDER = {20, 1, 18, 4, 13, 6, 10, 15, 2, 17, 3, 19, 7, 16, 8, 11, 14, 9, 12, 5};
    private static final int[] POSITION = new int[21];

    static {
        for (int i = 0; i < ORDER.length; i++) {
            POSITION[ORDER[i]] = i;
        }
    }

    private Dartboard() {
    }

    /** Encodes a landed dart as number * 4 + multiplier (0 = miss, 1..3; bulls use 25). */
    static int score(double x, double y) {
        double r = Math.sqrt(x * x + y * y);
        if (r > DOUBLE_OUT) {
            return 0;
        }
        if (r <= INNER_BULL) {
            return 25 * 4 + 2;
        }
        if (r <= OUTER_BULL) {
            return 25 * 4 + 1;
        }
        // angle measured clockwise from the top of the board
        double deg = Math.toDegrees(Math.atan2(x, y));
        if (deg < 0) {
            deg += 360;
        }
        int idx = (int) ((deg + 9) / 18) % 20;
        int number = ORDER[idx];
        int mult = 1;
        if (r >= TREBLE_IN && r <= TREBLE_OUT) {
            mult = 3;
        } else if (r >= DOUBLE_IN) {
            mult = 2;
        }
        return number * 4 + mult;
    }

    static int points(int code) {
        return (code >> 2) * (code & 3);
    }

    static boolean isDouble(int code) {
        return (code & 3) == 2;
    }

    /** Centre of the bed a player aims at for the given target. */
    static double[] aimPoint(Target t) {
        if (t.number == 25) {
            return new double[] {0, 0};
        }
        double radius = switch (t.multiplier) {
            case 3 -> (TREBLE_IN + TREBLE_OUT) / 2;
            case 2 -> (DOUBLE_IN + DOUBLE_OUT) / 2;
            default -> (TREBLE_OUT + DOUBLE_IN) / 2;
        };
        double angle = Math.toRadians(POSITION[t.number] * 18.0);
        return new double[] {radius * Math.sin(angle), radius * Math.cos(angle)};
    }
}
