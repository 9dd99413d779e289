import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Classifies each document segment against the translation memory. */
final class LeverageAnalyzer {

    private static final int MAX_CANDIDATES = 10;
    private static final int MAX_POSTINGS = 1500;

    private final TranslationMemory tm;
    private final int[] overlap;
    private final int[] touched;
    private int[] dpPrev = new int[64];
    private int[] dpCur = new int[64];

    LeverageAnalyzer(TranslationMemory tm) {
        this.tm = tm;
        this.overlap = new int[tm.size()];
        this.touched = new int[tm.size()];
    }

    Analysis analyze(List<String> document) {
        Analysis a = new Analysis();
        Set<String> seen = new HashSet<>(document.size() * 2);
        for (String segment : document) {
            String norm = Tokenizer.normalise(segment);
            int[] tokens = tm.encode(segment, false);
            if (!seen.add(norm)) {
                a.add(MatchBand.REPETITION, tokens.length);
                continue;
            }
            if (tm.exactMatch(norm) != null) {
                a.add(MatchBand.EXACT, tokens.length);
                continue;
            }
            a.add(MatchBand.forScore(bestFuzzyScore(tokens)), tokens.length);
        }
        return a;
    }

    /** Best word-level similarity (0-99) among the TM segments sharing the most words. */
    int bestFuzzyScore(int[] tokens) {
        int nTouched = 0;
        for (int t : tokens) {
            if (t < 0) {
                continue;
            }
            int[] ids = tm.postings(t);
            if (ids.length > MAX_POSTINGS) {
                continue; // function words carry no signal
            }
            for (int id : ids) {
                if (overlap[id]++ == 0) {
                    touched[nTouched++] = id;
                }
            }
        }
        int[] best = new int[MAX_CANDIDATES];
        int[] bestOverlap = new int[MAX_CANDIDATES];
        Arrays.fill(best, -1);
        for (int i = 0; i < nTouched; i++) {
            int id = touched[i];
            int o = overlap[id];
            overlap[id] = 0;
            int slot = -1;
            for (int k = 0; k < MAX_CANDIDATES; k++) {
                if (best[k] < 0 || o > bestOverlap[k]) {
                    slot = k;
                    break;
                }
            }
            if (slot >= 0) {
                System.arraycopy(best, slot, best, slot + 1, MAX_CANDIDATES - slot - 1);
                System.arraycopy(bestOverlap, slot, bestOverlap, slot + 1, MAX_CANDIDATES - slot - 1);
                best[slot] = id;
                bestOverlap[slot] = o;
            }
        }
        int score = 0;
        for (int id : best) {
            if (id < 0) {
                break;
            }
            int[] cand = tm.tokens(id);
            int dist = editDistance(tokens, cand);
            int len = Math.max(tokens.length, cand.length);
            int s = len == 0 ? 0 : (int) Math.floor(100.0 * (len - dist) / len);
            score = Math.max(score, Math.min(s, 99));
        }
        return score;
    }

    private int editDistance(int[] a, int[] b) {
        if (dpPrev.length <= b.length) {
            dpPrev = new int[b.length * 2 + 1];
            dpCur = new int[b.length * 2 + 1];
        }
        for (int j = 0; j <= b.length; j++) {
            dpPrev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            dpCur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] && a[i - 1] >= 0 ? 0 : 1;
                dpCur[j] = Math.min(Math.min(dpCur[j - 1] + 1, dpPrev[j] + 1), dpPrev[j - 1] + cost);
            }
            int[] t = dpPrev;
            dpPrev = dpCur;
            dpCur = t;
        }
        return dpPrev[b.length];
    }
}
