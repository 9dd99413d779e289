import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Translation-memory leverage analysis for incoming client documents, as run
 * by the agency's project managers before quoting: every source segment is
 * classified as a repetition, an exact/in-context match, a fuzzy-match band
 * or new words, and the weighted word counts are priced per language pair.
 */
public final class TmLeverage {

    public static void main(String[] args) {
        int tmSize = args.length > 0 ? Integer.parseInt(args[0]) : 90_000;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        long started = System.nanoTime();

        SplittableRandom rng = new SplittableRandom(77_310L);
        SegmentGenerator gen = new SegmentGenerator(rng);
        TranslationMemory tm = new TranslationMemory();
        for (int i = 0; i < tmSize; i++) {
            tm.add(gen.sentence());
        }
        tm.freeze();

        RateCard rates = RateCard.standard();
        LeverageAnalyzer analyzer = new LeverageAnalyzer(tm);
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);

        Map<MatchBand, Long> grand = new EnumMap<>(MatchBand.class);
        BigDecimal grandTotal = BigDecimal.ZERO;
        StringBuilder quotes = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            List<String> doc = gen.document(tm, 700 + rng.nextInt(500));
            Analysis a = analyzer.analyze(doc);
            a.words().forEach((band, w) -> grand.merge(band, (long) w, Long::sum));
            String pair = RateCard.PAIRS[d % RateCard.PAIRS.length];
            BigDecimal price = rates.price(pair, a);
            grandTotal = grandTotal.add(price);
            quotes.append("Q-").append(31_000 + d).append(' ').append(pair).append(' ')
                  .append(count.format(a.totalWords())).append(" words ")
                  .append(money.format(price)).append('\n');
        }

        System.out.print(quotes.substring(0, Math.min(quotes.length(), 400)));
        for (MatchBand b : MatchBand.values()) {
            System.out.printf("  %-12s %,10d%n", b.label, grand.getOrDefault(b, 0L));
        }
        System.out.println("total quoted " + money.format(grandTotal.setScale(2, RoundingMode.HALF_UP)));
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - started) / 1e9);
    }
}
