import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Nightly triage of the week's first notices of loss: parse, route by rules,
 * score for fraud indicators and produce the acknowledgement notices.
 */
public final class ClaimsTriageJob {

    static final class Referral {
        final String claimId;
        final double score;
        final String reasons;

        Referral(String claimId, double score, String reasons) {
            this.claimId = claimId;
            this.score = score;
            this.reasons = reasons;
        }
    }

    static final class PartResult {
        int parsed, malformed;
        final Map<String, int[]> queues = new TreeMap<>();
        final Map<String, Double> queueAmounts = new TreeMap<>();
        final List<Referral> suspicious = new ArrayList<>();
        long noticeChars;
        int audited;
        double auditedAmount;
        long checksum;
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 360_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long t0 = System.nanoTime();

        List<String> records = new ClaimFeed(20240304L).records(claims);
        Map<Integer, double[]> shopStats = repairShopStats();
        Map<String, String> seen = FraudScorer.newLossRegistry();
        RuleEngine rules = RuleEngine.defaultRules();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<PartResult>> parts = new ArrayList<>();
        int chunk = 2_000;
        for (int from = 0; from < records.size(); from += chunk) {
            List<String> slice = records.subList(from, Math.min(records.size(), from + chunk));
            parts.add(pool.submit(() -> triage(slice, rules, seen, shopStats)));
        }

        PartResult total = new PartResult();
        for (Future<PartResult> f : parts) {
            PartResult p = f.get();
            total.parsed += p.parsed;
            total.malformed += p.malformed;
            total.noticeChars += p.noticeChars;
            total.audited += p.audited;
            total.auditedAmount += p.auditedAmount;
            total.checksum ^= p.checksum;
            p.queues.forEach((q, c) -> total.queues.computeIfAbsent(q, k -> new int[1])[0] += c[0]);
            p.queueAmounts.forEach((q, a) -> total.queueAmounts.merge(q, a, Double::sum));
            total.suspicious.addAll(p.suspicious);
        }
        pool.shutdown();

        System.out.printf("claims parsed: %d, malformed: %d%n", total.parsed, total.malformed);
        System.out.printf("%-15s %8s %16s%n", "queue", "claims", "claimed EUR");
        for (Map.Entry<String, int[]> e : total.queues.entrySet()) {
            System.out.printf("%-15s %8d %16.2f%n", e.getKey(), e.getValue()[0], total.queueAmounts.get(e.getKey()));
        }
        total.suspicious.sort((a, b) -> Double.compare(b.score, a.score));
        System.out.printf("%nreferred to special investigations: %d; top 5:%n", total.suspicious.size());
        for (int i = 0; i < Math.min(5, total.suspicious.size()); i++) {
            Referral s = total.suspicious.get(i);
            System.out.printf("  %s score %.1f: %s%n", s.claimId, s.score, s.reasons);
        }
        System.out.printf("%naudit snapshots: %d (EUR %.2f)%n", total.audited, total.auditedAmount);
        System.out.printf("notices written: %d characters (checksum %x)%n", total.noticeChars, total.checksum);
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static PartResult triage(List<String> lines, RuleEngine rules, Map<String, String> seen,
                             Map<Integer, double[]> shopStats) {
        ClaimParser parser = new ClaimParser();
        FraudScorer fraud = new FraudScorer(seen, shopStats);
        NoticeWriter notices = new NoticeWriter();
        AuditTrail audit = new AuditTrail();
        PartResult r = new PartResult();
        for (String line : lines) {
            Claim c;
            try {
                c = parser.parse(line);
            } catch (ClaimParser.MalformedClaimException | RuntimeException e) {
                r.malformed++;
                continue;
            }
            r.parsed++;
            RuleEngine.Outcome o = rules.evaluate(c);
            double fs = fraud.score(c);
            String queue = o.queue;
            if (fs + o.score > 80 && !queue.equals("SIU")) {
                queue = "SIU";
            }
            if (queue.equals("SIU")) {
                r.suspicious.add(new Referral(c.getClaimId(), fs + o.score, String.join(",", o.fired)));
            }
            // escalations must be reproducible for the regulator
            if (!queue.equals("FAST_TRACK") && !queue.equals("STANDARD")) {
                audit.record(c, queue, o.score, fs);
            }
            r.queues.computeIfAbsent(queue, k -> new int[1])[0]++;
            r.queueAmounts.merge(queue, c.getClaimedAmount(), Double::sum);
            String notice = notices.acknowledgement(c, queue);
            r.noticeChars += notice.length();
            r.checksum = r.checksum * 31 + notice.hashCode();
        }
        for (AuditTrail.Entry e : audit.entries()) {
            r.audited++;
            r.auditedAmount += e.snapshot.getClaimedAmount();
        }
        return r;
    }

    /** Mean and standard deviation of invoices per partner repair shop. */
    static Map<Integer, double[]> repairShopStats() {
        java.util.Random rng = new java.util.Random(5);
        Map<Integer, double[]> m = new HashMap<>();
        for (int shop = 2000; shop < 2400; shop++) {
            double mean = 900 + rng.nextDouble() * 2500;
            m.put(shop, new double[] {mean, mean * (0.3 + rng.nextDouble() * 0.4)});
        }
        return m;
    }
}
