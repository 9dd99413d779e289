package works.dyehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A customer's approved shade: measured reflectance, substrate and tolerance. */
record ShadeStandard(String reference, String customer, DyeLibrary.Substrate substrate, double[] reflectance, double tolerance,
        double kilograms) {

    private static final String[] CUSTOMERS = {"Atelier Nord", "Kettle & Loom", "Marigold Sportswear", "Tessuti Riva", "Fjell Outdoor", "Hollin Workwear"};

    /** Standards are lab-dip references: mixtures of house dyes plus measurement noise. */
    static List<ShadeStandard> generate(SplittableRandom rng, DyeLibrary lib, int n) {
        List<ShadeStandard> out = new ArrayList<>(n);
        List<DyeLibrary.Dye> dyes = lib.dyes();
        for (int k = 0; k < n; k++) {
            DyeLibrary.Substrate sub = lib.substrates().get(rng.nextInt(lib.substrates().size()));
            int m = 2 + rng.nextInt(3);
            DyeLibrary.Dye[] mix = new DyeLibrary.Dye[m];
            double[] conc = new double[m];
            for (int j = 0; j < m; j++) {
                mix[j] = dyes.get(rng.nextInt(dyes.size()));
                conc[j] = Math.pow(10, -2.3 + rng.nextDouble() * 2.2);
            }
            double[] r = lib.reflectance(mix, conc, sub);
            for (int i = 0; i < r.length; i++) {
                r[i] = Math.max(0.005, r[i] * (1 + rng.nextGaussian() * 0.004));
            }
            String ref = "STD-" + (24000 + k);
            out.add(new ShadeStandard(ref, CUSTOMERS[k % CUSTOMERS.length], sub, r, rng.nextInt(3) == 0 ? 0.8 : 1.0,
                    50 + rng.nextInt(40) * 25));
        }
        return out;
    }
}
