import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Adjudicator {
    static final class Decision {
        final Claim claim;
        final double allowed;
        final double memberShare;
        final double paid;
        final String reason;

        Decision(Claim claim, double allowed, double memberShare, double paid, String reason) {
            this.claim = claim;
            this.allowed = allowed;
            this.memberShare = memberShare;
            this.paid = paid;
            this.reason = reason;
        }
    }

    static final class Accumulator {
        double deductibleMet;
        double oopMet;
        int visits;
        final double[] monthly = new double[12];
    }

    private static final double DEDUCTIBLE = 250.0;
    private static final double OOP_MAX = 2500.0;
    private static final double COINSURANCE = 0.2;

    private final FeeSchedule schedule;
    private final Map<String, Accumulator> members = new HashMap<>();
    private final Map<String, Double> providerPaid = new HashMap<>();
    private final Calendar cal = Calendar.getInstance();
    private final Map<Long, String> seenServiceKeys = new HashMap<>();
    private final Map<String, double[]> providerStats = new HashMap<>();

    Adjudicator(FeeSchedule schedule) {
        this.schedule = schedule;
    }

    List<Decision> adjudicateAll(List<Claim> claims) {
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing((Claim c) -> c.serviceDate).thenComparing(c -> c.claimId));
        List<Decision> out = new ArrayList<>(ordered.size());
        for (Claim c : ordered) {
            out.add(adjudicate(c));
        }
        return out;
    }

    private Decision adjudicate(Claim c) {
        double allowed = schedule.allowedAmount(c.procedureCode, c.placeOfService, c.units);
        if (allowed <= 0) {
            return new Decision(c, 0, 0, 0, "CO-96");
        }
        if (c.procedureNumber >= 99201 && c.procedureNumber <= 99215 && c.units > 1) {
            return new Decision(c, allowed, 0, 0, "CO-151");
        }
        long serviceKey = serviceKey(c);
        String prior = seenServiceKeys.putIfAbsent(serviceKey, c.claimId);
        if (prior != null && !prior.equals(c.claimId) && c.units == 1) {
            return new Decision(c, allowed, 0, 0, "CO-18");
        }
        allowed = Math.min(allowed, c.billed);
        double[] ps = providerStats.computeIfAbsent(c.providerNpi, k -> new double[4]);
        ps[0]++;
        ps[1] += c.billed;
        ps[2] += c.billed * c.billed;
        if (ps[0] > 30) {
            double mean = ps[1] / ps[0];
            double sd = Math.sqrt(Math.max(0, ps[2] / ps[0] - mean * mean));
            if (c.billed > mean + 4 * sd) {
                ps[3]++;
            }
        }
        Accumulator acc = members.computeIfAbsent(c.memberId, k -> new Accumulator());
        double remainingDeductible = Math.max(0, DEDUCTIBLE - acc.deductibleMet);
        double toDeductible = Math.min(remainingDeductible, allowed);
        double coins = (allowed - toDeductible) * COINSURANCE;
        double memberShare = toDeductible + coins;
        double remainingOop = Math.max(0, OOP_MAX - acc.oopMet);
        memberShare = Math.min(memberShare, remainingOop);
        acc.deductibleMet += toDeductible;
        acc.oopMet += memberShare;
        acc.visits++;
        cal.setTime(c.serviceDate);
        acc.monthly[cal.get(Calendar.MONTH)] += allowed;
        double paid = Math.round((allowed - memberShare) * 100.0) / 100.0;
        providerPaid.merge(c.providerNpi, paid, Double::sum);
        return new Decision(c, allowed, memberShare, paid, paid > 0 ? "PAID" : "PR-1");
    }

    private static long serviceKey(Claim c) {
        long h = 1125899906842597L;
        String[] parts = {c.memberId, c.procedureCode, c.diagnosisCode, c.placeOfService};
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h = 31 * h + p.charAt(i);
            }
            h = Long.rotateLeft(h, 17) ^ 0x9E3779B97F4A7C15L;
        }
        return h ^ (c.serviceDate.getTime() / 86_400_000L);
    }

    List<Map.Entry<String, Double>> topProviders(int n) {
        List<Map.Entry<String, Double>> all = new ArrayList<>(providerPaid.entrySet());
        all.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return all.subList(0, Math.min(n, all.size()));
    }
}

final class FeeSchedule {
    private final Map<String, Double> allowed = new HashMap<>();
    private final Map<String, Double> posFactor = new HashMap<>();

    static FeeSchedule standard() {
        FeeSchedule s = new FeeSchedule();
        String[] codes = {"99213", "99214", "99203", "80053", "85025", "71046", "93000", "97110", "36415", "90471",
                "J3490", "G0439", "A4253", "E0114", "J1100", "Q4081"};
        double[] rates = {92.0, 131.5, 110.2, 14.4, 10.6, 28.9, 17.3, 30.1, 3.0, 25.5,
                55.0, 172.0, 38.4, 21.9, 4.8, 118.0};
        for (int i = 0; i < codes.length; i++) s.allowed.put(codes[i], rates[i]);
        s.posFactor.put("11", 1.0);
        s.posFactor.put("21", 0.82);
        s.posFactor.put("22", 0.9);
        s.posFactor.put("23", 1.15);
        s.posFactor.put("81", 0.7);
        return s;
    }

    double allowedAmount(String code, String pos, int units) {
        Double base = allowed.get(code);
        if (base == null) return 0;
        return base * posFactor.getOrDefault(pos, 1.0) * units;
    }
}
