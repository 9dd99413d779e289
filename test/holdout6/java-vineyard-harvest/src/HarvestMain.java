import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;

public class HarvestMain {
    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        BlockRegistry registry = BlockRegistry.standard();
        TicketFeed feed = new TicketFeed(918273645L, registry);
        TicketParser parser = new TicketParser(registry);
        ReportRenderer renderer = new ReportRenderer();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");

        HarvestLedger ledger = new HarvestLedger();
        AuditTrail audit = new AuditTrail();
        int rejected = 0;
        long receiptBytes = 0;
        for (int day = 0; day < days; day++) {
            List<String> lines = feed.day(day, 2500);
            List<WeighTicket> accepted = new ArrayList<>(lines.size());
            for (String line : lines) {
                WeighTicket t = parser.parse(line);
                if (t == null) {
                    rejected++;
                    continue;
                }
                accepted.add(t);
                ledger.add(t);
                audit.append(t);
            }
            for (WeighTicket t : accepted) {
                String receipt = renderer.receipt(t);
                sha.update(receipt.getBytes());
                receiptBytes += receipt.length();
            }
        }
        byte[] digest = sha.digest();
        System.out.printf("accepted %d tickets, rejected %d, receipts %d bytes, digest %02x%02x%02x%n",
                ledger.count(), rejected, receiptBytes, digest[0], digest[1], digest[2]);
        System.out.printf("audit trail %d entries, crc %08x%n", audit.entries(), audit.checksum());
        for (Map.Entry<String, double[]> e : ledger.topVarieties(4)) {
            System.out.printf("  %-18s %9.1f t  avg %.1f Brix%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1] / e.getValue()[2]);
        }
    }
}

final class HarvestLedger {
    private final Map<String, double[]> byVariety = new HashMap<>();
    private final Map<Integer, double[]> byBlock = new HashMap<>();
    private final Map<String, Double> sugarByCrew = new HashMap<>();
    private int count;

    void add(WeighTicket t) {
        double[] v = byVariety.computeIfAbsent(t.variety, k -> new double[3]);
        v[0] += t.tonnes;
        v[1] += t.brix;
        v[2] += 1;
        double[] b = byBlock.computeIfAbsent(t.block, k -> new double[2]);
        b[0] += t.tonnes;
        b[1] = Math.max(b[1], t.brix);
        sugarByCrew.merge(t.crew, t.sugarKg(), Double::sum);
        count++;
    }

    int count() {
        return count;
    }

    List<Map.Entry<String, double[]>> topVarieties(int n) {
        List<Map.Entry<String, double[]>> list = new ArrayList<>(byVariety.entrySet());
        list.sort((a, b) -> {
            int c = Double.compare(b.getValue()[0], a.getValue()[0]);
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        return list.subList(0, Math.min(n, list.size()));
    }
}
