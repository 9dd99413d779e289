import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic technical-documentation style sentences. */
final class SegmentGenerator {

    private static final String[] FUNCTION = {"the", "a", "to", "of", "and", "in", "for", "with", "on", "is", "be", "this", "that", "from", "by"};
    private static final String[] SYL = {"con", "tra", "mo", "vel", "ist", "pre", "ta", "ri", "dul", "sen", "ox", "ga", "ler", "pu", "nim", "ca", "fo", "bri", "de", "stal"};

    private final SplittableRandom rng;
    private final String[] content = new String[6000];

    SegmentGenerator(SplittableRandom rng) {
        this.rng = rng;
        for (int i = 0; i < content.length; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + rng.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(SYL[rng.nextInt(SYL.length)]);
            }
            content[i] = w.toString();
        }
    }

    String sentence() {
        int n = 8 + rng.nextInt(18);
        StringBuilder sb = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            String w = rng.nextInt(3) == 0 ? FUNCTION[rng.nextInt(FUNCTION.length)] : content[zipf()];
            if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(w);
            }
            if (rng.nextInt(40) == 0) sb.append(',');
        }
        return sb.append('.').toString();
    }

    private int zipf() {
        double u = rng.nextDouble();
        return (int) (content.length * u * u * u) % content.length;
    }

    /** A new document: fresh text mixed with TM segments, edited TM segments and internal repetitions. */
    List<String> document(TranslationMemory tm, int segments) {
        List<String> doc = new ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            int r = rng.nextInt(100);
            if (r < 12 && !doc.isEmpty()) {
                doc.add(doc.get(rng.nextInt(doc.size())));
            } else if (r < 30) {
                doc.add(tm.text(rng.nextInt(tm.size())));
            } else if (r < 65) {
                doc.add(edit(tm.text(rng.nextInt(tm.size())), 1 + rng.nextInt(4)));
            } else {
                doc.add(sentence());
            }
        }
        return doc;
    }

    private String edit(String s, int edits) {
        String[] words = s.substring(0, s.length() - 1).split(" ");
        for (int e = 0; e < edits; e++) {
            words[rng.nextInt(words.length)] = content[zipf()];
        }
        return String.join(" ", words) + ".";
    }
}
