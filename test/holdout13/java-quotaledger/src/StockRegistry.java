import java.util.ArrayList;
import java.util.List;

/** TAC stocks (species x ICES area) and their allocations per producer organisation. */
final class StockRegistry {
    static final class Stock {
        final int index;
        final String species;
        final String area;
        final double[] quotaTonnesByPo;

        Stock(int index, String species, String area, double[] quota) {
            this.index = index; this.species = species; this.area = area; this.quotaTonnesByPo = quota;
        }

        String key() { return species + "/" + area; }
    }

    static final String[] PRODUCER_ORGS = {"NESFO", "WestCoast PO", "Shetland FA", "Anglo-Scot", "Celtic Sea PO", "Channel PO"};
    private static final String[] SPECIES = {"COD", "HAD", "WHG", "HKE", "MAC", "HER", "NEP", "PLE", "SOL", "MON", "LEZ", "POK"};
    private static final String[] AREAS = {"4", "6a", "7a", "7b-k", "7d", "7e"};

    final List<Stock> stocks = new ArrayList<>();

    static StockRegistry standard() {
        StockRegistry r = new StockRegistry();
        int idx = 0;
        for (int s = 0; s < SPECIES.length; s++) {
            for (int a = 0; a < AREAS.length; a++) {
                double[] q = new double[PRODUCER_ORGS.length];
                for (int p = 0; p < q.length; p++) {
                    q[p] = 400 + ((s * 37 + a * 11 + p * 5) % 23) * 160.0;
                }
                r.stocks.add(new Stock(idx++, SPECIES[s], AREAS[a], q));
            }
        }
        return r;
    }

    int speciesCount() { return SPECIES.length; }
    int areaCount() { return AREAS.length; }

    Stock stock(int species, int area) { return stocks.get(species * AREAS.length + area); }
}
