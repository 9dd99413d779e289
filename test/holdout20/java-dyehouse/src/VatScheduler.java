package works.dyehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Plans dyeing batches: each vat runs a sequence light-to-dark within one dye
 * class (so no cleaning cycle is needed between batches), filling batches up
 * to the vat's capacity in kg.
 */
final class VatScheduler {
    private VatScheduler() {
    }

    enum ShadeFamily { PALE, MEDIUM, DEEP, BLACK }

    static ShadeFamily family(Recipe r) {
        double depth = r.depth();
        if (depth < 0.3) {
            return ShadeFamily.PALE;
        } else if (depth < 1.5) {
            return ShadeFamily.MEDIUM;
        } else if (depth < 4) {
            return ShadeFamily.DEEP;
        }
        return ShadeFamily.BLACK;
    }

    static VatPlan plan(List<Recipe> recipes, int vats, double capacityKg) {
        List<Recipe> sorted = new ArrayList<>(recipes);
        sorted.sort(Comparator.comparing(Recipe::dyeClass).thenComparingDouble(Recipe::depth));
        Map<ShadeFamily, Integer> perFamily = new EnumMap<>(ShadeFamily.class);
        List<List<Recipe>> batches = new ArrayList<>();
        List<Recipe> current = new ArrayList<>();
        double load = 0;
        String currentClass = null;
        for (Recipe r : sorted) {
            double kg = r.standard().kilograms();
            if (!current.isEmpty() && (load + kg > capacityKg || !r.dyeClass().equals(currentClass))) {
                batches.add(current);
                current = new ArrayList<>();
                load = 0;
            }
            current.add(r);
            load += kg;
            currentClass = r.dyeClass();
            perFamily.merge(family(r), 1, Integer::sum);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        int[] vatOf = new int[batches.size()];
        double[] vatHours = new double[vats];
        for (int b = 0; b < batches.size(); b++) {
            int best = 0;
            for (int v = 1; v < vats; v++) {
                if (vatHours[v] < vatHours[best]) {
                    best = v;
                }
            }
            vatOf[b] = best;
            vatHours[best] += 3.5 + batches.get(b).size() * 0.25;
        }
        return new VatPlan(batches, vatOf, vatHours, perFamily);
    }
}
