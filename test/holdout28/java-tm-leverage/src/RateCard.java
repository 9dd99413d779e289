import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Per-word rates by language pair and the discount grid applied to each match band. */
final class RateCard {
    static final String[] PAIRS = {"EN>DE", "EN>FR", "EN>JA", "EN>PL", "DE>EN", "EN>ES", "EN>SV"};

    private final Map<String, BigDecimal> perWord = new HashMap<>();
    private final Map<MatchBand, BigDecimal> grid = new EnumMap<>(MatchBand.class);

    static RateCard standard() {
        RateCard r = new RateCard();
        String[] rates = {"0.14", "0.13", "0.19", "0.11", "0.15", "0.12", "0.16"};
        for (int i = 0; i < PAIRS.length; i++) {
            r.perWord.put(PAIRS[i], new BigDecimal(rates[i]));
        }
        r.grid.put(MatchBand.REPETITION, new BigDecimal("0.10"));
        r.grid.put(MatchBand.EXACT, new BigDecimal("0.25"));
        r.grid.put(MatchBand.FUZZY_95, new BigDecimal("0.40"));
        r.grid.put(MatchBand.FUZZY_85, new BigDecimal("0.60"));
        r.grid.put(MatchBand.FUZZY_75, new BigDecimal("0.80"));
        r.grid.put(MatchBand.NO_MATCH, BigDecimal.ONE);
        return r;
    }

    BigDecimal price(String pair, Analysis a) {
        BigDecimal rate = perWord.get(pair);
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<MatchBand, Integer> e : a.words().entrySet()) {
            total = total.add(rate.multiply(grid.get(e.getKey())).multiply(BigDecimal.valueOf(e.getValue())));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
