import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds the brewery's recipe book, yeast bank and the season's brew plan. */
public final class BrewHouse {
    private static final String[] STYLES = {"pale ale", "porter", "pilsner", "saison", "stout", "IPA", "helles", "bitter"};
    private static final String[][] MALTS = {
            {"pale", "37", "3"}, {"pilsner", "37", "2"}, {"munich", "35", "9"}, {"crystal-60", "34", "60"},
            {"chocolate", "29", "350"}, {"roast barley", "25", "500"}, {"wheat", "38", "2"}, {"vienna", "35", "4"}};
    private static final String[] HOPS = {"Cascade", "Saaz", "Fuggle", "EKG", "Citra", "Hallertau", "Nelson", "Simcoe"};

    final Map<String, YeastStrain> yeastBank = new HashMap<>();
    final Map<String, Recipe> recipes = new HashMap<>();

    BrewHouse(Random rnd, int recipeCount) {
        yeastBank.put("US-05", new YeastStrain("US-05", 0.21, 19, 0.80, 11));
        yeastBank.put("S-04", new YeastStrain("S-04", 0.24, 18, 0.74, 9));
        yeastBank.put("W-34/70", new YeastStrain("W-34/70", 0.12, 11, 0.82, 10));
        yeastBank.put("BE-134", new YeastStrain("BE-134", 0.26, 24, 0.90, 12));
        yeastBank.put("WLP002", new YeastStrain("WLP002", 0.22, 19, 0.68, 9));
        String[] strains = yeastBank.keySet().toArray(new String[0]);
        java.util.Arrays.sort(strains);
        for (int i = 0; i < recipeCount; i++) {
            List<Malt> grist = new ArrayList<>();
            int nm = 2 + rnd.nextInt(4);
            for (int k = 0; k < nm; k++) {
                String[] m = MALTS[rnd.nextInt(MALTS.length)];
                double kg = (k == 0 ? 180 : 15) + rnd.nextDouble() * (k == 0 ? 60 : 20);
                grist.add(new Malt(m[0], kg, Double.parseDouble(m[1]), Double.parseDouble(m[2])));
            }
            List<Hop> hops = new ArrayList<>();
            int nh = 1 + rnd.nextInt(4);
            for (int k = 0; k < nh; k++) {
                hops.add(new Hop(HOPS[rnd.nextInt(HOPS.length)], 3 + rnd.nextDouble() * 11,
                        400 + rnd.nextDouble() * 1400, k == 0 ? 60 : rnd.nextInt(30)));
            }
            String code = "R" + (100 + i);
            recipes.put(code, new Recipe(code, STYLES[rnd.nextInt(STYLES.length)], 1000 + 500 * rnd.nextInt(4),
                    0.72 + rnd.nextDouble() * 0.1, grist, hops, strains[rnd.nextInt(strains.length)]));
        }
    }

    List<Batch> plan(Random rnd, int batches) {
        List<String> codes = new ArrayList<>(recipes.keySet());
        codes.sort(null);
        List<Batch> out = new ArrayList<>(batches);
        LocalDate day = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < batches; i++) {
            Recipe r = recipes.get(codes.get(rnd.nextInt(codes.size())));
            YeastStrain y = yeastBank.get(r.yeastStrain);
            out.add(new Batch("B" + (240000 + i), r, "FV" + (1 + rnd.nextInt(24)), day.plusDays(i / 40),
                    y.optimumC - 1 + rnd.nextDouble() * 2, 0.8 + rnd.nextDouble() * 0.6));
        }
        return out;
    }
}
