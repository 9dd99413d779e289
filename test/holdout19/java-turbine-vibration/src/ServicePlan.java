package vibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Work list for the service crews. */
record ServicePlan(List<Turbine> recalibrate, List<PointMeasurement> inspect, List<PointMeasurement> noReading) {

    /**
     * A turbine's speed sensor is recalibrated when the median deviation of
     * the measured shaft speed from SCADA exceeds {@code tolerancePct}; a gear
     * stage is inspected when its second mesh order stands more than 6 dB
     * above the median of the same stage across turbines of that drivetrain.
     */
    static ServicePlan from(List<PointMeasurement> all, double tolerancePct) {
        Map<Turbine, List<Double>> deviations = new LinkedHashMap<>();
        Map<String, List<Double>> secondOrders = new HashMap<>();
        for (PointMeasurement m : all) {
            if (!m.measured()) continue;
            deviations.computeIfAbsent(m.point().turbine(), t -> new ArrayList<>()).add(m.speedDeviationPct());
            secondOrders.computeIfAbsent(stageKey(m.point()), k -> new ArrayList<>()).add(m.ordersDb()[1]);
        }
        Map<String, Double> stageMedians = new HashMap<>();
        secondOrders.forEach((k, v) -> stageMedians.put(k, median(v)));

        List<Turbine> recalibrate = new ArrayList<>();
        deviations.forEach((t, v) -> {
            if (Math.abs(median(v)) > tolerancePct) recalibrate.add(t);
        });
        List<PointMeasurement> inspect = new ArrayList<>();
        List<PointMeasurement> noReading = new ArrayList<>();
        for (PointMeasurement m : all) {
            if (!m.measured()) {
                noReading.add(m);
            } else if (m.ordersDb()[1] - stageMedians.get(stageKey(m.point())) > 6) {
                inspect.add(m);
            }
        }
        inspect.sort(Comparator.comparing((PointMeasurement m) -> m.point().turbine().id).thenComparingInt(m -> m.point().index()));
        return new ServicePlan(recalibrate, inspect, noReading);
    }

    private static String stageKey(MeasurementPoint p) {
        return p.turbine().drivetrain.name() + "/" + p.stage();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
