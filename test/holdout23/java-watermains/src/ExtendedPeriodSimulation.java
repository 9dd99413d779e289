package watermains;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the network through a day at hourly steps, moving the tank level between steps. */
final class ExtendedPeriodSimulation {
    private static final Logger LOG = Logger.getLogger(ExtendedPeriodSimulation.class.getName());

    static final class DayResult {
        final float[][] pressure;   // [hour][junction] m
        final float[][] velocity;   // [hour][pipe] m/s
        final double[] tankLevel;   // [hour] m
        final double[][] heads;     // [hour][junction]
        final double[][] flows;     // [hour][pipe]
        int newtonIterations;
        int linearIterations;

        DayResult(int hours, int junctions, int pipes) {
            pressure = new float[hours][junctions];
            velocity = new float[hours][pipes];
            tankLevel = new double[hours];
            heads = new double[hours][];
            flows = new double[hours][];
        }
    }

    private final Network net;
    private final HydraulicSolver solver;

    ExtendedPeriodSimulation(Network net, HydraulicSolver solver) {
        this.net = net;
        this.solver = solver;
    }

    static double[] demands(Network net, int hour, double factor) {
        double[] d = new double[net.junctions.size()];
        for (Network.Node j : net.junctions) {
            double[] pattern = net.patterns.get(j.pattern);
            d[j.index] = j.baseDemand * pattern[hour % pattern.length] * factor;
        }
        return d;
    }

    DayResult run(int hours, double demandFactor) {
        int n = net.junctions.size();
        int m = net.pipes.size();
        DayResult day = new DayResult(hours, n, m);
        double[] heads = null;
        double[] flows = null;
        for (int hour = 0; hour < hours; hour++) {
            HydraulicSolver.Result r = solver.solve(demands(net, hour, demandFactor), heads, flows);
            heads = r.heads();
            flows = r.flows();
            day.heads[hour] = heads;
            day.flows[hour] = flows;
            day.newtonIterations += r.iterations();
            day.linearIterations += r.linearIterations();
            for (Network.Node j : net.junctions) {
                day.pressure[hour][j.index] = (float) (heads[j.index] - j.elevation);
            }
            for (int k = 0; k < m; k++) {
                day.velocity[hour][k] = (float) (flows[k] / net.pipes.get(k).area());
            }
            for (Network.Node tank : net.sources) {
                if (tank.type != Network.NodeType.TANK) continue;
                double inflow = 0;
                for (int k = 0; k < m; k++) {
                    Network.Pipe p = net.pipes.get(k);
                    if (p.to == tank) inflow += flows[k];
                    if (p.from == tank) inflow -= flows[k];
                }
                double area = Math.PI * tank.tankDiameter * tank.tankDiameter / 4;
                tank.tankLevel = Math.max(tank.tankMinLevel, Math.min(tank.tankMaxLevel, tank.tankLevel + inflow * 3600 / area));
                tank.head = tank.elevation + tank.tankLevel;
                day.tankLevel[hour] = tank.tankLevel;
            }
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("hour " + hour + ": " + r.iterations() + " iterations, " + r.linearIterations() + " CG steps");
            }
        }
        return day;
    }
}
