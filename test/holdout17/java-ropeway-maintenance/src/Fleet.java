package ropeway;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The resort's ropeway installations with their towers and inspectable assets. */
public final class Fleet {
    public record Line(String code, String name, int towers, int ropeLengthM) {}

    static final List<Line> LINES = List.of(
            new Line("GBA", "Gondelbahn Alpkopf", 18, 3400),
            new Line("SBS", "Sesselbahn Schattseite", 12, 2100),
            new Line("PBH", "Pendelbahn Hochjoch", 4, 2900),
            new Line("GBT", "Gondelbahn Talstation-Mitte", 22, 4100),
            new Line("SBF", "Sesselbahn Fuchsegg", 14, 2300),
            new Line("SBW", "Sesselbahn Wildmoos", 10, 1800),
            new Line("KBL", "Kombibahn Lawinenhang", 16, 3000));

    final List<Asset> assets = new ArrayList<>();
    final List<RopeScanner> ropes = new ArrayList<>();

    public Fleet(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int id = 1;
        for (Line l : LINES) {
            for (int t = 1; t <= l.towers(); t++) {
                int assemblies = l.towers() <= 4 ? 12 : 4 + rng.nextInt(5);
                for (int s = 1; s <= assemblies; s++) {
                    assets.add(new Asset(id++, l.code(), t, s, Component.SHEAVE_LINER,
                            rng.nextDouble(1.5, 8.5), rng.nextDouble(0.02, 0.07)));
                    assets.add(new Asset(id++, l.code(), t, s, Component.SHEAVE_BEARING,
                            rng.nextDouble(1.2, 4.2), rng.nextDouble(0.004, 0.03)));
                    assets.add(new Asset(id++, l.code(), t, s, Component.RUBBER_DAMPER,
                            rng.nextDouble(1, 16), rng.nextDouble(0.04, 0.18)));
                }
                for (int b = 1; b <= 4; b++) {
                    assets.add(new Asset(id++, l.code(), t, 0, Component.ANCHOR_BOLT,
                            rng.nextDouble(0, 9), rng.nextDouble(0.02, 0.1)));
                }
                assets.add(new Asset(id++, l.code(), t, 0, Component.EARTHING,
                        rng.nextDouble(1, 5), rng.nextDouble(0.005, 0.035)));
            }
            ropes.add(new RopeScanner(l.code(), l.ropeLengthM(), rng.nextLong()));
        }
    }

    static double freshValue(Component c) {
        switch (c) {
            case SHEAVE_LINER: return 0.5;
            case SHEAVE_BEARING: return 1.1;
            case EARTHING: return 1.4;
            default: return 0.0;
        }
    }

    static double noise(Component c) {
        switch (c) {
            case SHEAVE_LINER: return 0.25;
            case SHEAVE_BEARING: return 0.35;
            case RUBBER_DAMPER: return 0.8;
            case ANCHOR_BOLT: return 0.6;
            default: return 0.2;
        }
    }
}
