import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Source side of the client translation memory with a token inverted index. */
final class TranslationMemory {

    private final List<int[]> segments = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private int[][] postings;
    private int[] postingSizes = new int[1024];

    void add(String sourceText) {
        int[] tokens = encode(sourceText, true);
        int id = segments.size();
        segments.add(tokens);
        texts.add(sourceText);
        exact.putIfAbsent(Tokenizer.normalise(sourceText), id);
        for (int t : distinct(tokens)) {
            if (t >= postingSizes.length) {
                postingSizes = Arrays.copyOf(postingSizes, Math.max(t + 1, postingSizes.length * 2));
            }
            postingSizes[t]++;
        }
    }

    void freeze() {
        postings = new int[vocabulary.size()][];
        int[] fill = new int[vocabulary.size()];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = new int[postingSizes[t]];
        }
        for (int id = 0; id < segments.size(); id++) {
            for (int t : distinct(segments.get(id))) {
                postings[t][fill[t]++] = id;
            }
        }
    }

    int size() {
        return segments.size();
    }

    String text(int id) {
        return texts.get(id);
    }

    int[] tokens(int id) {
        return segments.get(id);
    }

    Integer exactMatch(String normalised) {
        return exact.get(normalised);
    }

    int[] postings(int token) {
        return token >= 0 && token < postings.length ? postings[token] : new int[0];
    }

    /** Token ids for a text; unknown words map to -1 unless {@code grow}. */
    int[] encode(String text, boolean grow) {
        List<String> words = Tokenizer.words(text);
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            String w = words.get(i);
            Integer id = vocabulary.get(w);
            if (id == null) {
                if (grow) {
                    id = vocabulary.size();
                    vocabulary.put(w, id);
                } else {
                    id = -1;
                }
            }
            out[i] = id;
        }
        return out;
    }

    private static int[] distinct(int[] tokens) {
        int[] copy = tokens.clone();
        Arrays.sort(copy);
        int n = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[n++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, n);
    }
}
