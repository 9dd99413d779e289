import java.util.SplittableRandom;

/** Synthetic stream of e-logbook landing declarations. */
final class LandingFeed {
    /** A mutable declaration reused by the feed to keep the replay allocation-free. */
    static final class Landing {
        int vessel;
        int species;
        int area;
        double liveWeightKg;
        boolean discardExempt;
        int dayOfMonth;
    }

    private final Fleet fleet;
    private final StockRegistry registry;
    private final SplittableRandom rnd;
    private final Landing current = new Landing();

    LandingFeed(Fleet fleet, StockRegistry registry, long seed) {
        this.fleet = fleet;
        this.registry = registry;
        this.rnd = new SplittableRandom(seed);
    }

    Landing next() {
        Landing l = current;
        l.vessel = rnd.nextInt(fleet.size());
        l.area = rnd.nextInt(10) < 7 ? fleet.homeArea[l.vessel] : rnd.nextInt(registry.areaCount());
        // skew towards the first few species (demersal mix)
        double u = rnd.nextDouble();
        l.species = (int) (u * u * registry.speciesCount());
        double hold = fleet.holdTonnes[l.vessel] * 1000;
        l.liveWeightKg = 50 + rnd.nextDouble() * hold * 0.002;
        l.discardExempt = rnd.nextInt(100) < 4;
        l.dayOfMonth = 1 + rnd.nextInt(30);
        return l;
    }
}
