import java.util.Random;

/** Licensed vessels and their producer organisation membership. */
final class Fleet {
    final String[] vesselIds;
    final int[] producerOrg;
    final int[] homeArea;
    final double[] holdTonnes;

    private Fleet(int n) {
        vesselIds = new String[n];
        producerOrg = new int[n];
        homeArea = new int[n];
        holdTonnes = new double[n];
    }

    int size() { return vesselIds.length; }

    static Fleet generate(int n, long seed) {
        Random r = new Random(seed);
        Fleet f = new Fleet(n);
        String[] ports = {"PD", "FR", "LK", "BF", "PZ", "UL", "N"};
        for (int i = 0; i < n; i++) {
            f.vesselIds[i] = ports[r.nextInt(ports.length)] + (100 + i);
            f.producerOrg[i] = r.nextInt(StockRegistry.PRODUCER_ORGS.length);
            f.homeArea[i] = r.nextInt(6);
            f.holdTonnes[i] = 5 + r.nextInt(120);
        }
        return f;
    }
}
