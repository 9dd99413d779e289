package motorrating;

import java.util.SplittableRandom;

/** One applicant and vehicle to be rated. */
record QuoteRequest(long id, int territory, int vehicleSymbol, int modelYear, int driverAge, int yearsLicensed,
                    int claimsFreeYears, int atFaultClaims, int convictions, int annualKm,
                    RatingTables.Usage usage, int collisionDeductibleIdx, int comprehensiveDeductibleIdx,
                    int liabilityLimitIdx, boolean physicalDamage) {

    static QuoteRequest random(SplittableRandom rnd, long id) {
        int age = 16 + (int) Math.min(79, Math.abs(rnd.nextGaussian() * 18 + 28));
        int licensed = Math.max(0, Math.min(60, age - 16 - rnd.nextInt(4)));
        int claimsFree = Math.min(10, Math.min(licensed, rnd.nextInt(12)));
        int atFault = rnd.nextInt(100) < 88 ? 0 : 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 4 : 1);
        int convictions = rnd.nextInt(100) < 85 ? 0 : 1 + rnd.nextInt(5);
        double t = rnd.nextDouble();
        int territory = (int) (t * t * RatingTables.TERRITORIES);
        int km = (int) Math.min(60000, Math.max(1000, rnd.nextGaussian() * 7000 + 15000));
        RatingTables.Usage usage = RatingTables.Usage.values()[rnd.nextInt(100) < 55 ? 1 : rnd.nextInt(100) < 85 ? 0 : 2];
        int modelYear = 2024 - Math.min(25, (int) Math.abs(rnd.nextGaussian() * 6));
        return new QuoteRequest(id, territory, 1 + rnd.nextInt(RatingTables.VEHICLE_SYMBOLS), modelYear, age,
                licensed, claimsFree, Math.min(4, atFault), convictions, km, usage, rnd.nextInt(4), rnd.nextInt(4),
                rnd.nextInt(3), modelYear >= 2012 || rnd.nextBoolean());
    }
}
