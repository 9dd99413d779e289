package seedbank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One banked seed lot, identified by its accession number. */
final class Accession {
    final String id;
    final Species species;
    final String origin;
    final int collectedYear;
    final LocalDate banked;
    final double moisture;       // % fresh weight at banking
    final double storageCelsius;
    final double initialProbit;  // Ki, unknown to the curators; used by the generator only
    double stockGrams;

    Accession(String id, Species species, String origin, int collectedYear, double moisture,
              double storageCelsius, double initialProbit, double stockGrams) {
        this.id = id;
        this.species = species;
        this.origin = origin;
        this.collectedYear = collectedYear;
        this.banked = LocalDate.of(collectedYear, 10, 1).plusDays(Math.floorMod(id.hashCode(), 75));
        this.moisture = moisture;
        this.storageCelsius = storageCelsius;
        this.initialProbit = initialProbit;
        this.stockGrams = stockGrams;
    }

    private static final String[] ORIGINS = {
        "ETH", "SYR", "PER", "MEX", "NPL", "GBR", "TUR", "IRN", "KEN", "CHN", "IND", "BOL", "MAR", "GEO"
    };

    static List<Accession> generate(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Accession> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Species sp = Species.CATALOGUE[rng.nextInt(Species.CATALOGUE.length)];
            double store = rng.nextDouble();
            double celsius = store < 0.55 ? -18 + rng.nextDouble() * 2
                    : store < 0.85 ? 2 + rng.nextDouble() * 6
                    : 15 + rng.nextDouble() * 10;
            String num = Integer.toString(i + 1);
            String id = "SB-" + "000000".substring(num.length()) + num;
            out.add(new Accession(
                    id, sp, ORIGINS[rng.nextInt(ORIGINS.length)],
                    1978 + rng.nextInt(44),
                    5.0 + rng.nextDouble() * 6.0,
                    celsius,
                    1.2 + rng.nextDouble() * 1.6,
                    40 + rng.nextDouble() * 2600));
        }
        return out;
    }
}
