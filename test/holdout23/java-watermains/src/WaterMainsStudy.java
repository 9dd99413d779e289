package watermains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Planning study for a town's water distribution network: a design-day extended
 * period simulation, a growth scenario and a hydrant fire flow check.
 */
public final class WaterMainsStudy {
    private static final Logger LOG = Logger.getLogger(WaterMainsStudy.class.getName());
    private static final double MIN_SERVICE_PRESSURE = 20.0; // m
    private static final double MIN_FIRE_PRESSURE = 10.0;    // m
    private static final double FIRE_FLOW = 0.025;           // m3/s

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 46;
        int hydrants = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Path work = Files.createTempDirectory("watermains-");
        try {
            run(work, size, hydrants);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(Path work, int size, int hydrants) throws IOException {
        Path model = work.resolve("town.inp");
        InpFile.write(new NetworkGenerator(1906L).generate(size), model);
        Network net = InpFile.read(model);
        LOG.info(() -> "model: " + net.junctions.size() + " junctions, " + net.pipes.size() + " pipes");

        HydraulicSolver solver = new HydraulicSolver(net, 1e-5, 40);
        ExtendedPeriodSimulation eps = new ExtendedPeriodSimulation(net, solver);
        ExtendedPeriodSimulation.DayResult designDay = eps.run(24, 1.0);
        PressureReport report = new PressureReport(net, designDay, MIN_SERVICE_PRESSURE);
        PressureReport.writeHourlyPressures(work.resolve("pressures-design-day.csv"), net, designDay);

        // Growth scenario: demand +25 % from the new estate, tank refilled to its starting level.
        Network growth = InpFile.read(model);
        HydraulicSolver growthSolver = new HydraulicSolver(growth, 1e-5, 40);
        ExtendedPeriodSimulation.DayResult growthDay = new ExtendedPeriodSimulation(growth, growthSolver).run(24, 1.25);
        PressureReport growthReport = new PressureReport(growth, growthDay, MIN_SERVICE_PRESSURE);
        PressureReport.writeHourlyPressures(work.resolve("pressures-growth.csv"), growth, growthDay);

        int peakHour = 7;
        FireFlowStudy fire = new FireFlowStudy(net, solver);
        List<FireFlowStudy.HydrantResult> fireResults = fire.run(hydrants, peakHour, FIRE_FLOW, MIN_FIRE_PRESSURE,
                designDay.heads[peakHour], designDay.flows[peakHour]);
        PressureReport.writeFireFlow(work.resolve("fire-flow.csv"), fireResults);

        System.out.printf(Locale.ROOT, "network: %d junctions, %d pipes%n", net.junctions.size(), net.pipes.size());
        System.out.printf(Locale.ROOT, "design day: %d Newton iterations, %d CG steps, %d nodes below %.0f m%n",
                designDay.newtonIterations, designDay.linearIterations, report.lowPressureNodes, MIN_SERVICE_PRESSURE);
        System.out.printf(Locale.ROOT, "  pressure p1 %.1f  p5 %.1f  p50 %.1f  p95 %.1f m%n", report.pressurePercentiles[0],
                report.pressurePercentiles[1], report.pressurePercentiles[2], report.pressurePercentiles[3]);
        System.out.printf(Locale.ROOT, "growth +25%%: %d nodes below %.0f m, p1 %.1f m%n", growthReport.lowPressureNodes,
                MIN_SERVICE_PRESSURE, growthReport.pressurePercentiles[0]);
        for (PressureReport.NodeStats s : report.worstNodes(5)) {
            System.out.printf(Locale.ROOT, "  low node %-8s min %.1f mean %.1f m, %d h below%n", s.id(), s.min(), s.mean(),
                    s.hoursBelow());
        }
        for (PressureReport.PipeStats p : report.fastestPipes(3)) {
            System.out.printf(Locale.ROOT, "  fast pipe %-6s %.2f m/s, %.1f m/km%n", p.id(), p.maxVelocity(), p.headlossPerKm());
        }
        long failing = fireResults.stream().filter(r -> r.residualPressure() < MIN_FIRE_PRESSURE).count();
        System.out.printf(Locale.ROOT, "fire flow: %d hydrants tested at %.0f L/s, %d below %.0f m residual%n",
                fireResults.size(), FIRE_FLOW * 1000, failing, MIN_FIRE_PRESSURE);
        System.out.printf(Locale.ROOT, "tank level range %.2f-%.2f m%n",
                java.util.Arrays.stream(designDay.tankLevel).min().orElse(0),
                java.util.Arrays.stream(designDay.tankLevel).max().orElse(0));
    }
}
