package seedbank;

/**
 * Seed viability constants of the Ellis &amp; Roberts equation for one crop
 * or wild species, together with typical seed traits used by the curators.
 */
final class Species {
    final String name;
    final double ke;
    final double cw;
    final double ch;
    final double cq;
    final double thousandSeedWeight; // grams
    final double dormancy;           // share of viable seed that stays dormant in a test

    Species(String name, double ke, double cw, double ch, double cq, double tsw, double dormancy) {
        this.name = name;
        this.ke = ke;
        this.cw = cw;
        this.ch = ch;
        this.cq = cq;
        this.thousandSeedWeight = tsw;
        this.dormancy = dormancy;
    }

    /** Standard deviation of the seed death distribution, in days. */
    double sigmaDays(double moisturePercent, double storageCelsius) {
        double log10Sigma = ke - cw * Math.log10(moisturePercent)
                - ch * storageCelsius - cq * storageCelsius * storageCelsius;
        return Math.pow(10, log10Sigma);
    }

    static final Species[] CATALOGUE = {
        new Species("Hordeum vulgare", 9.983, 5.896, 0.040, 0.000428, 45.0, 0.02),
        new Species("Triticum aestivum", 9.430, 5.470, 0.040, 0.000428, 38.0, 0.01),
        new Species("Oryza sativa", 8.668, 4.730, 0.033, 0.000478, 25.0, 0.05),
        new Species("Zea mays", 8.520, 4.700, 0.033, 0.000478, 290.0, 0.00),
        new Species("Phaseolus vulgaris", 8.580, 4.950, 0.033, 0.000478, 380.0, 0.03),
        new Species("Lactuca sativa", 8.218, 4.797, 0.049, 0.000365, 1.1, 0.10),
        new Species("Allium cepa", 6.975, 3.470, 0.040, 0.000428, 3.6, 0.02),
        new Species("Brassica oleracea", 7.718, 4.540, 0.033, 0.000478, 3.5, 0.04),
        new Species("Sorghum bicolor", 8.950, 5.020, 0.033, 0.000478, 28.0, 0.06),
        new Species("Vicia faba", 8.710, 5.180, 0.033, 0.000478, 620.0, 0.02),
        new Species("Primula vulgaris", 7.150, 3.950, 0.033, 0.000478, 0.9, 0.25),
        new Species("Silene dioica", 7.900, 4.300, 0.033, 0.000478, 0.8, 0.18),
    };
}
