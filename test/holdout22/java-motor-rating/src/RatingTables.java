package motorrating;

import java.util.SplittableRandom;

/** Filed rate tables for private passenger auto: base rates and rating factors. */
final class RatingTables {

    enum Coverage { LIABILITY, COLLISION, COMPREHENSIVE, ACCIDENT_BENEFITS }

    enum Usage { PLEASURE, COMMUTE, BUSINESS }

    static final int TERRITORIES = 240;
    static final int VEHICLE_SYMBOLS = 27;
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 95;

    /** Base rate in cents per coverage and territory. */
    final long[][] baseRate = new long[Coverage.values().length][TERRITORIES];
    /** Vehicle symbol factor per coverage (physical damage only varies strongly). */
    final double[][] symbolFactor = new double[Coverage.values().length][VEHICLE_SYMBOLS + 1];
    final double[] ageFactor = new double[MAX_AGE + 1];
    final double[] yearsLicensedFactor = new double[61];
    final double[] claimsFreeDiscount = new double[11];
    final double[] atFaultSurcharge = {1.0, 1.35, 1.8, 2.5, 3.2};
    final double[] convictionSurcharge = {1.0, 1.12, 1.3, 1.6, 2.0, 2.4};
    final int[] mileageBandUpper = {5000, 8000, 12000, 16000, 20000, 25000, 30000, Integer.MAX_VALUE};
    final double[] mileageFactor = {0.82, 0.9, 0.97, 1.0, 1.06, 1.12, 1.2, 1.3};
    final double[] usageFactor = {0.92, 1.0, 1.18};
    final int[] deductibles = {250, 500, 1000, 2000};
    final double[] deductibleFactor = {1.14, 1.0, 0.86, 0.74};
    final int[] liabilityLimits = {1_000_000, 2_000_000, 5_000_000};
    final double[] limitFactor = {1.0, 1.09, 1.21};
    /** Premium tax in basis points by province (indexed by territory / 40). */
    final int[] premiumTaxBp = {800, 350, 400, 300, 450, 500};
    final long policyFeeCents = 2500;
    final long minimumPremiumCents = 45000;

    static RatingTables filed(long seed) {
        RatingTables t = new RatingTables();
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] coverageBase = {68000, 41000, 16000, 9000};
        for (int c = 0; c < coverageBase.length; c++) {
            for (int terr = 0; terr < TERRITORIES; terr++) {
                double urban = 0.6 + 0.9 * Math.exp(-terr / 60.0);
                t.baseRate[c][terr] = Math.round(coverageBase[c] * urban * (0.9 + 0.2 * rnd.nextDouble()));
            }
            for (int s = 1; s <= VEHICLE_SYMBOLS; s++) {
                double slope = c == 1 || c == 2 ? 0.055 : 0.012;
                t.symbolFactor[c][s] = Math.pow(1 + slope, s - 10);
            }
        }
        for (int age = MIN_AGE; age <= MAX_AGE; age++) {
            double young = age < 25 ? 1 + 0.22 * (25 - age) : 1;
            double senior = age > 70 ? 1 + 0.025 * (age - 70) : 1;
            t.ageFactor[age] = young * senior;
        }
        for (int y = 0; y <= 60; y++) {
            t.yearsLicensedFactor[y] = y < 10 ? 1.45 - 0.045 * y : 1.0;
        }
        for (int y = 0; y <= 10; y++) {
            t.claimsFreeDiscount[y] = 1.0 - 0.045 * y;
        }
        return t;
    }

    int mileageBand(int km) {
        int i = 0;
        while (km > mileageBandUpper[i]) {
            i++;
        }
        return i;
    }

    static int province(int territory) {
        return territory / 40;
    }
}
