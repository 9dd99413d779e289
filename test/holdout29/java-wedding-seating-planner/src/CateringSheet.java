import java.util.EnumMap;
import java.util.Map;

/** Per-table meal counts for the caterer, accumulated over the season. */
final class CateringSheet {
    private final EnumMap<Guest.Meal, Integer> totals = new EnumMap<>(Guest.Meal.class);
    private int glutenFree, nutFree, tablesWithAllergy;

    void add(Reception r, SeatingOptimizer.Plan plan) {
        int[][] perTable = new int[plan.tables][Guest.Meal.values().length];
        boolean[] allergy = new boolean[plan.tables];
        for (int i = 0; i < r.n; i++) {
            Guest g = r.guests[i];
            perTable[plan.table[i]][g.meal.ordinal()]++;
            if (g.glutenFree) glutenFree++;
            if (g.nutAllergy) {
                nutFree++;
                allergy[plan.table[i]] = true;
            }
        }
        for (int t = 0; t < plan.tables; t++) {
            if (allergy[t]) tablesWithAllergy++;
            for (Guest.Meal m : Guest.Meal.values()) totals.merge(m, perTable[t][m.ordinal()], Integer::sum);
        }
    }

    String summary() {
        StringBuilder sb = new StringBuilder("meals");
        for (Map.Entry<Guest.Meal, Integer> e : totals.entrySet()) sb.append(' ').append(e.getKey().name().toLowerCase()).append('=').append(e.getValue());
        sb.append(" gluten_free=").append(glutenFree).append(" nut_free=").append(nutFree).append(" nut_free_tables=").append(tablesWithAllergy);
        return sb.toString();
    }
}
