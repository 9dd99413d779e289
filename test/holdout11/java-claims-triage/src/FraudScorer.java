import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Similarity of claim narratives to known fraud cases (MinHash over word
 * bigrams), duplicate detection and a repair shop cost check.
 */
final class FraudScorer {
    private static final int HASHES = 96;
    private static final long[] SEEDS_A = new long[HASHES];
    private static final long[] SEEDS_B = new long[HASHES];

    static {
        java.util.SplittableRandom r = new java.util.SplittableRandom(99);
        for (int i = 0; i < HASHES; i++) {
            SEEDS_A[i] = r.nextLong() | 1L;
            SEEDS_B[i] = r.nextLong();
        }
    }

    private static final String[] KNOWN_CASES = {
        "vehicle stolen from driveway keys missing urgent receipt available",
        "jewellery missing after party no witness present photos attached",
        "burglary while on holiday laptop stolen receipt available urgent",
        "flooded basement after rain contractor estimate urgent tenant",
        "car taken from parking garage keys missing police informed",
        "kitchen fire owner reported estimate from contractor urgent",
    };

    private final List<int[]> knownSignatures = new ArrayList<>();
    private final Map<String, String> seenLosses;
    private final Map<Integer, double[]> shopStats;
    private final int[] scratch = new int[HASHES];

    FraudScorer(Map<String, String> seenLosses, Map<Integer, double[]> shopStats) {
        this.seenLosses = seenLosses;
        this.shopStats = shopStats;
        for (String k : KNOWN_CASES) {
            knownSignatures.add(signature(k, new int[HASHES]));
        }
    }

    static Map<String, String> newLossRegistry() {
        return new ConcurrentHashMap<>(1 << 16);
    }

    double score(Claim c) {
        double s = 0;
        int[] sig = signature(c.getDescription(), scratch);
        double best = 0;
        for (int[] k : knownSignatures) {
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (k[i] == sig[i]) {
                    same++;
                }
            }
            best = Math.max(best, same / (double) HASHES);
        }
        s += best * 50;
        String key = c.getPolicyNumber() + '@' + c.getLossDate();
        String previous = seenLosses.putIfAbsent(key, c.getClaimId());
        if (previous != null && !previous.equals(c.getClaimId())) {
            s += 30;
        }
        double[] shop = shopStats.get(c.getRepairShopId());
        if (shop != null && shop[1] > 0) {
            double z = (c.getClaimedAmount() - shop[0]) / shop[1];
            if (z > 2.5) {
                s += 10 * Math.min(z - 2.5, 3);
            }
        }
        return s;
    }

    private static int[] signature(String text, int[] out) {
        java.util.Arrays.fill(out, Integer.MAX_VALUE);
        int prevStart = -1, prevEnd = -1, start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == ' ') {
                if (i > start) {
                    if (prevStart >= 0) {
                        long h = 1125899906842597L;
                        for (int j = prevStart; j < prevEnd; j++) {
                            h = 31 * h + text.charAt(j);
                        }
                        h = 31 * h + ' ';
                        for (int j = start; j < i; j++) {
                            h = 31 * h + text.charAt(j);
                        }
                        for (int k = 0; k < HASHES; k++) {
                            int v = (int) ((SEEDS_A[k] * h + SEEDS_B[k]) >>> 33);
                            if (v < out[k]) {
                                out[k] = v;
                            }
                        }
                    }
                    prevStart = start;
                    prevEnd = i;
                }
                start = i + 1;
            }
        }
        return out;
    }
}
