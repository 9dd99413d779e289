package motorrating;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Applies the filed algorithm to a quote request and returns the premium by coverage. */
final class Rater {

    private static final Logger LOG = Logger.getLogger(Rater.class.getName());

    /** Rated premium, all amounts in cents. */
    static final class Premium {
        final long[] byCoverage = new long[RatingTables.Coverage.values().length];
        long technical;
        long tax;
        long fee;
        long total;
        double relativity;
    }

    private final RatingTables tables;
    private long capped;

    Rater(RatingTables tables) {
        this.tables = tables;
    }

    Premium rate(QuoteRequest q, Premium out) {
        RatingTables t = tables;
        double driver = t.ageFactor[q.driverAge()]
                * t.yearsLicensedFactor[q.yearsLicensed()]
                * t.claimsFreeDiscount[q.claimsFreeYears()]
                * t.atFaultSurcharge[q.atFaultClaims()]
                * t.convictionSurcharge[q.convictions()];
        double exposure = t.mileageFactor[t.mileageBand(q.annualKm())] * t.usageFactor[q.usage().ordinal()];
        // relativities are capped at five times the base by regulation
        double relativity = Math.min(driver * exposure, 5.0);
        if (relativity == 5.0) {
            capped++;
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("quote " + q.id() + " relativity capped from " + driver * exposure);
            }
        }
        long technical = 0;
        for (RatingTables.Coverage c : RatingTables.Coverage.values()) {
            int ci = c.ordinal();
            double factor = relativity * t.symbolFactor[ci][q.vehicleSymbol()];
            switch (c) {
                case LIABILITY -> factor *= t.limitFactor[q.liabilityLimitIdx()];
                case COLLISION -> {
                    if (!q.physicalDamage()) {
                        out.byCoverage[ci] = 0;
                        continue;
                    }
                    factor *= t.deductibleFactor[q.collisionDeductibleIdx()] * ageOfVehicle(q.modelYear());
                }
                case COMPREHENSIVE -> {
                    if (!q.physicalDamage()) {
                        out.byCoverage[ci] = 0;
                        continue;
                    }
                    factor *= t.deductibleFactor[q.comprehensiveDeductibleIdx()] * ageOfVehicle(q.modelYear());
                }
                default -> {
                }
            }
            long p = Math.round(t.baseRate[ci][q.territory()] * factor / 100.0) * 100;
            out.byCoverage[ci] = p;
            technical += p;
        }
        technical = Math.max(technical, t.minimumPremiumCents);
        out.technical = technical;
        out.fee = t.policyFeeCents;
        out.tax = (technical * t.premiumTaxBp[RatingTables.province(q.territory())] + 5000) / 10000;
        out.total = technical + out.fee + out.tax;
        out.relativity = relativity;
        return out;
    }

    /** Physical damage cost falls with vehicle age, flooring at 45 %. */
    private static double ageOfVehicle(int modelYear) {
        int age = Math.max(0, 2024 - modelYear);
        return Math.max(0.45, Math.pow(0.94, age));
    }

    long cappedCount() {
        return capped;
    }
}
