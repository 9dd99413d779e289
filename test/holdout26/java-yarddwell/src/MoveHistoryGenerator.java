package yarddwell;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Produces a deterministic year of terminal moves, as exported nightly by the terminal operating system. */
final class MoveHistoryGenerator {
    static final String[] OPERATORS = {"MSK", "MSC", "CMA", "HLC", "ONE", "EMC", "COS", "YML", "ZIM", "HMM"};
    private final SplittableRandom rng;
    private final int blocks;

    MoveHistoryGenerator(long seed, int blocks) {
        this.rng = new SplittableRandom(seed);
        this.blocks = blocks;
    }

    List<GateMove> generate(int visits, long startMinute) {
        List<GateMove> moves = new ArrayList<>(visits * 2);
        char[] no = new char[11];
        for (int i = 0; i < visits; i++) {
            for (int k = 0; k < 3; k++) {
                no[k] = (char) ('A' + rng.nextInt(26));
            }
            no[3] = 'U';
            int serial = rng.nextInt(1_000_000);
            for (int k = 9; k >= 4; k--) {
                no[k] = (char) ('0' + serial % 10);
                serial /= 10;
            }
            no[10] = (char) ('0' + rng.nextInt(10));
            String containerNo = new String(no);
            String op = OPERATORS[rng.nextInt(OPERATORS.length)];
            boolean reefer = rng.nextInt(9) == 0;
            boolean full = rng.nextInt(5) != 0;
            boolean importBox = rng.nextBoolean();
            long in = startMinute + rng.nextLong(365L * 24 * 60);
            // dwell is long-tailed: most boxes leave within a week, a few stay for months
            double u = rng.nextDouble();
            long dwell = (long) (60 * (6 + 24 * (-Math.log(1 - u) * (full ? 4.5 : 9.0))));
            String block = blockCode(rng.nextInt(blocks), reefer);
            GateMove.Kind inKind = importBox ? GateMove.Kind.VESSEL_DISCHARGE : GateMove.Kind.GATE_IN;
            GateMove.Kind outKind = importBox ? GateMove.Kind.GATE_OUT : GateMove.Kind.VESSEL_LOAD;
            moves.add(new GateMove(containerNo, op, inKind, in, block, reefer, full));
            moves.add(new GateMove(containerNo, op, outKind, in + dwell, block, reefer, full));
        }
        return moves;
    }

    private static String blockCode(int i, boolean reefer) {
        return (reefer ? "R" : "Y") + (char) ('A' + i / 10) + (i % 10);
    }
}
