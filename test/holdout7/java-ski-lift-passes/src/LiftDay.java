import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class LiftDay {
    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 28;
        ScanFeed feed = new ScanFeed(913_557L);
        PassRegistry registry = new PassRegistry();
        UsageLedger ledger = new UsageLedger();
        StatementWriter writer = new StatementWriter();
        long rejected = 0;
        long statementBytes = 0;
        for (int d = 0; d < days; d++) {
            List<String> lines = feed.day(d, 22_000);
            List<GateScan> scans = lines.stream()
                    .map(GateScan::parse)
                    .filter(s -> s != null && registry.admit(s))
                    .collect(Collectors.toList());
            rejected += lines.size() - scans.size();
            scans.forEach(ledger::record);
            for (Map.Entry<String, UsageLedger.PassUsage> e : ledger.drainDay().entrySet()) {
                statementBytes += writer.statementLine(e.getKey(), e.getValue()).length();
            }
        }
        List<String> top = new ArrayList<>(ledger.busiestLifts(3));
        System.out.printf("rejected=%d statementBytes=%d busiest=%s vertical=%d%n",
                rejected, statementBytes, top, ledger.totalVertical());
    }
}
