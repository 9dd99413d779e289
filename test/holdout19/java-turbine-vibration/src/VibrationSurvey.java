package vibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Quarterly drivetrain vibration survey of a wind farm: at every gear stage
 * of every turbine, in each wind-speed bin, accelerometer captures are
 * analysed for the gear-mesh frequency (which gives the true shaft speed, to
 * check the SCADA speed sensor) and for the mesh harmonic orders (whose
 * balance shows wear and misalignment). The result is a work list for the
 * service crews.
 */
public final class VibrationSurvey {

    static final String FLEET_REGISTER = String.join("\n",
            "# site | turbine | model | rated rpm | gear ratio | drivetrain | stiffness",
            "Kestrel Moor | KM-01 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.92",
            "Kestrel Moor | KM-02 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.90",
            "Kestrel Moor | KM-03 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.94",
            "Kestrel Moor | KM-04 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.88",
            "Kestrel Moor | KM-05 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.91",
            "Kestrel Moor | KM-06 | V90-2.0 | 14.9 | 104.5 | three-stage | 0.93",
            "Brackenfell | BF-11 | N117-3.6 | 11.8 | 119.0 | three-stage | 0.85",
            "Brackenfell | BF-12 | N117-3.6 | 11.8 | 119.0 | three-stage | 0.87",
            "Brackenfell | BF-13 | N117-3.6 | 11.8 | 119.0 | three-stage | 0.86",
            "Brackenfell | BF-14 | N117-3.6 | 11.8 | 119.0 | three-stage | 0.84",
            "Brackenfell | BF-15 | N117-3.6 | 11.8 | 119.0 | three-stage | 0.88",
            "Saltings Head | SH-21 | SWT-3.6 | 13.0 | 97.0 | two-stage | 1.02",
            "Saltings Head | SH-22 | SWT-3.6 | 13.0 | 97.0 | two-stage | 1.05",
            "Saltings Head | SH-23 | SWT-3.6 | 13.0 | 97.0 | two-stage | 1.01",
            "Saltings Head | SH-24 | SWT-3.6 | 13.0 | 97.0 | two-stage | 1.04",
            "Saltings Head | SH-25 | SWT-3.6 | 13.0 | 97.0 | two-stage | 1.00",
            "Greywether | GW-31 | MM92 | 15.0 | 120.0 | medium-speed | 1.10",
            "Greywether | GW-32 | MM92 | 15.0 | 120.0 | medium-speed | 1.12",
            "Greywether | GW-33 | MM92 | 15.0 | 120.0 | medium-speed | 1.08");

    public static void main(String[] args) throws IOException {
        long seed = 1736L;
        int captures = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--seed")) seed = Long.parseLong(args[i + 1]);
            if (args[i].equals("--captures")) captures = Integer.parseInt(args[i + 1]);
        }
        Path work = Files.createTempDirectory("vibration-survey-");
        try {
            System.out.println(run(seed, captures, work));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String run(long seed, int captures, Path work) throws IOException {
        List<Turbine> fleet = FleetRegister.parse(FLEET_REGISTER);
        AccelerometerCapture daq = new AccelerometerCapture(seed, AccelerometerCapture.SAMPLE_RATE, 4096);
        MeshFrequencyEstimator meshEstimator = new MeshFrequencyEstimator(4096, AccelerometerCapture.SAMPLE_RATE);
        OrderProfiler orders = new OrderProfiler(AccelerometerCapture.SAMPLE_RATE, 8);

        List<PointMeasurement> all = new ArrayList<>();
        double[] signal = new double[4096];
        for (Turbine turbine : fleet) {
            for (int p = 0; p < turbine.pointCount(); p++) {
                MeasurementPoint point = turbine.point(p);
                double nominal = point.nominalMeshHz();
                double sumDeviation = 0;
                double[] levels = new double[8];
                int good = 0;
                for (int c = 0; c < captures; c++) {
                    daq.capture(point, nominal, signal);
                    double mesh = meshEstimator.estimate(signal, nominal);
                    if (Double.isNaN(mesh)) continue;
                    sumDeviation += 100 * (mesh / nominal - 1);
                    double[] h = orders.profile(signal, mesh);
                    for (int i = 0; i < levels.length; i++) levels[i] += h[i];
                    good++;
                }
                if (good == 0) {
                    all.add(PointMeasurement.noReading(point));
                    continue;
                }
                for (int i = 0; i < levels.length; i++) levels[i] /= good;
                all.add(new PointMeasurement(point, nominal, sumDeviation / good, levels));
            }
        }
        Path report = work.resolve("vibration-survey.txt");
        ServicePlan plan = ServicePlan.from(all, 0.35);
        SurveyReport.write(report, all, plan);
        return String.format("%d turbines, %d points measured, %d speed sensors to recalibrate, %d gear stages to inspect, report %d bytes",
                fleet.size(), all.size(), plan.recalibrate().size(), plan.inspect().size(), Files.size(report));
    }
}
