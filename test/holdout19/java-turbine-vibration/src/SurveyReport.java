package vibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Formatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The survey report: per-turbine summary, then the service work lists. */
final class SurveyReport {
    private SurveyReport() {}

    static void write(Path path, List<PointMeasurement> all, ServicePlan plan) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
             Formatter out = new Formatter(w)) {
            out.format("DRIVETRAIN VIBRATION SURVEY%n%n");
            Map<Turbine, double[]> stats = new LinkedHashMap<>();
            for (PointMeasurement m : all) {
                if (!m.measured()) continue;
                double[] s = stats.computeIfAbsent(m.point().turbine(), t -> new double[]{0, 0, Double.MAX_VALUE, -Double.MAX_VALUE, 0});
                s[0]++;
                s[1] += m.speedDeviationPct();
                s[2] = Math.min(s[2], m.speedDeviationPct());
                s[3] = Math.max(s[3], m.speedDeviationPct());
                s[4] = Math.max(s[4], m.ordersDb()[1]);
            }
            out.format("%-36s %6s %9s %9s %9s %10s%n", "turbine", "points", "mean dev%", "min dev%", "max dev%", "max 2x dB");
            for (Map.Entry<Turbine, double[]> e : stats.entrySet()) {
                double[] s = e.getValue();
                out.format("%-36s %6.0f %9.3f %9.3f %9.3f %10.1f%n", e.getKey().title(), s[0], s[1] / s[0], s[2], s[3], s[4]);
            }
            out.format("%nRECALIBRATE SPEED SENSOR (%d turbines)%n", plan.recalibrate().size());
            for (Turbine t : plan.recalibrate()) {
                out.format("  %s%n", t.title());
            }
            out.format("%nINSPECT GEAR STAGE (%d points)%n", plan.inspect().size());
            for (PointMeasurement m : plan.inspect()) {
                out.format("  %s  mesh %8.2f Hz  2nd order %+6.1f dB%n", m.point().label(), m.nominalMeshHz(), m.ordersDb()[1]);
            }
            out.format("%nNO READING (%d points)%n", plan.noReading().size());
            for (PointMeasurement m : plan.noReading()) {
                out.format("  %s%n", m.point().label());
            }
        }
    }
}
