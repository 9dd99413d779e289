import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Sku {
    final int index;
    final String code;
    final String supplier;
    final double unitCost;
    final int leadTimeDays;
    final int packSize;
    final double holdingRate;

    Sku(int index, String code, String supplier, double unitCost, int leadTimeDays, int packSize, double holdingRate) {
        this.index = index;
        this.code = code;
        this.supplier = supplier;
        this.unitCost = unitCost;
        this.leadTimeDays = leadTimeDays;
        this.packSize = packSize;
        this.holdingRate = holdingRate;
    }
}

final class Catalog {
    private static final String[] SUPPLIERS = {"NORDPACK", "ALPINE-TOOLS", "KESTREL", "MERIDIAN", "OKAPI-SUPPLY", "VALLEYFAST"};
    private final List<Sku> skus;

    private Catalog(List<Sku> skus) {
        this.skus = Collections.unmodifiableList(skus);
    }

    static Catalog generate(long seed, int n) {
        SplitRandom r = new SplitRandom(seed);
        List<Sku> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = "SKU-" + (100000 + i * 13) + "-" + (char) ('A' + r.nextInt(26));
            list.add(new Sku(i, code, SUPPLIERS[r.nextInt(SUPPLIERS.length)], 0.8 + r.nextDouble() * 240,
                    2 + r.nextInt(26), new int[]{1, 6, 12, 24, 48}[r.nextInt(5)], 0.18 + r.nextDouble() * 0.1));
        }
        return new Catalog(list);
    }

    List<Sku> skus() {
        return skus;
    }

    int size() {
        return skus.size();
    }
}

/** Small deterministic PRNG (xorshift64*), not shared between threads. */
final class SplitRandom {
    private long s;

    SplitRandom(long seed) {
        s = seed == 0 ? 1 : seed;
    }

    long nextLong() {
        s ^= s >>> 12;
        s ^= s << 25;
        s ^= s >>> 27;
        return s * 2685821657736338717L;
    }

    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
