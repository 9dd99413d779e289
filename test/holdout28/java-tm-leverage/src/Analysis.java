import java.util.EnumMap;
import java.util.Map;

/** Word counts per band for one document. */
final class Analysis {
    private final Map<MatchBand, Integer> words = new EnumMap<>(MatchBand.class);
    private int total;

    void add(MatchBand band, int wordCount) {
        words.merge(band, wordCount, Integer::sum);
        total += wordCount;
    }

    Map<MatchBand, Integer> words() {
        return words;
    }

    int totalWords() {
        return total;
    }
}
