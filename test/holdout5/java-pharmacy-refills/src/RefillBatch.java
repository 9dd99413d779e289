import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class RefillBatch {
    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 560;
        Formulary formulary = Formulary.standard();
        RefillRequestFeed feed = new RefillRequestFeed(90210L);
        RefillEngine engine = new RefillEngine(formulary);
        LabelPrinter printer = new LabelPrinter();
        AuditTrail audit = new AuditTrail();

        long labelChars = 0;
        int approved = 0, held = 0, auditEntries = 0;
        Map<String, Integer> holdReasons = new HashMap<>();
        for (int day = 0; day < days; day++) {
            List<String[]> rows = feed.nextDay(day, 900);
            for (String[] row : rows) {
                Prescription rx = Prescription.fromRow(row);
                Prescription before = rx.copy();
                RefillDecision d = engine.decide(rx, day);
                if (d.approved) {
                    approved++;
                    labelChars += printer.render(rx, d).length();
                } else {
                    held++;
                    holdReasons.merge(d.reason, 1, Integer::sum);
                }
                auditEntries += audit.diff(before, rx).size();
            }
        }
        List<String> reasons = new ArrayList<>(holdReasons.keySet());
        reasons.sort(null);
        System.out.println("approved=" + approved + " held=" + held + " audit=" + auditEntries
                + " label_kb=" + (labelChars / 1024) + " reasons=" + reasons);
    }
}


class RefillRequestFeed {
    private long state;
    private static final String[] SIGS = {"take 1 tablet by mouth daily", "take 1 capsule twice daily",
            "apply thin layer to affected area", "inhale 2 puffs every 6 hours as needed", "take 2 tablets at bedtime"};
    private static final String[] QTY = {"30", "60", "90", "2x30", "PRN", "28", "3x28", "UD", "14"};

    RefillRequestFeed(long seed) { this.state = seed; }

    private int next(int n) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) Long.remainderUnsigned(state, n);
    }

    List<String[]> nextDay(int day, int count) {
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new String[] {
                "RX" + (7000000 + next(999999)),
                "P" + next(4000),
                "NDC" + next(Formulary.SIZE + 3),
                QTY[next(QTY.length)],
                next(2) == 0 ? (28 + next(3) * 30) + "d" : String.valueOf(28 + next(3) * 30),
                next(3) == 0 ? "N/A" : String.valueOf(next(6)),
                SIGS[next(SIGS.length)],
                String.valueOf(20600 + day - 20 - next(80)),
                String.valueOf(0.05 + next(500) / 100.0),
            });
        }
        return rows;
    }
}
