package works.dyehouse;

import java.util.List;
import java.util.Map;

record VatPlan(List<List<Recipe>> batches, int[] vatOf, double[] vatHours, Map<VatScheduler.ShadeFamily, Integer> perFamily) {
    int vatCount() {
        return vatHours.length;
    }

    int batchCount() {
        return batches.size();
    }
}
