/** Quota deductions accumulated by one worker; merged at the end of the run. */
final class LedgerPartition {
    private static final double[] CONVERSION = {1.17, 1.17, 1.19, 1.11, 1.0, 1.0, 1.0, 1.05, 1.04, 3.0, 1.06, 1.19};

    final double[][] landedTonnes;   // [stock][po]
    final int[][] landingsCount;     // [stock][po]
    final double[] vesselTonnes;
    final double[] dailyTonnes = new double[31];
    long exemptions;
    private final StockRegistry registry;
    private final Fleet fleet;

    LedgerPartition(StockRegistry registry, Fleet fleet) {
        this.registry = registry;
        this.fleet = fleet;
        int s = registry.stocks.size(), p = StockRegistry.PRODUCER_ORGS.length;
        landedTonnes = new double[s][p];
        landingsCount = new int[s][p];
        vesselTonnes = new double[fleet.size()];
    }

    void apply(LandingFeed.Landing l) {
        if (l.discardExempt) {
            exemptions++;
            return;
        }
        StockRegistry.Stock stock = registry.stock(l.species, l.area);
        int po = fleet.producerOrg[l.vessel];
        double tonnes = l.liveWeightKg * CONVERSION[l.species] / 1000.0;
        landedTonnes[stock.index][po] += tonnes;
        landingsCount[stock.index][po]++;
        vesselTonnes[l.vessel] += tonnes;
        dailyTonnes[l.dayOfMonth] += tonnes;
    }

    void merge(LedgerPartition o) {
        for (int s = 0; s < landedTonnes.length; s++) {
            for (int p = 0; p < landedTonnes[s].length; p++) {
                landedTonnes[s][p] += o.landedTonnes[s][p];
                landingsCount[s][p] += o.landingsCount[s][p];
            }
        }
        for (int v = 0; v < vesselTonnes.length; v++) vesselTonnes[v] += o.vesselTonnes[v];
        for (int d = 0; d < dailyTonnes.length; d++) dailyTonnes[d] += o.dailyTonnes[d];
        exemptions += o.exemptions;
    }
}
