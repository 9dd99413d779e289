package watermains;

import java.util.ArrayList;
import java.util.List;

/** Checks residual pressures when a hydrant draws fire flow at the peak hour. */
final class FireFlowStudy {
    record HydrantResult(String node, double residualPressure, double minSystemPressure, String criticalNode,
                         int nodesBelowMinimum) {}

    private final Network net;
    private final HydraulicSolver solver;

    FireFlowStudy(Network net, HydraulicSolver solver) {
        this.net = net;
        this.solver = solver;
    }

    List<HydrantResult> run(int hydrants, int peakHour, double fireFlow, double minimumPressure,
                            double[] peakHeads, double[] peakFlows) {
        List<HydrantResult> results = new ArrayList<>(hydrants);
        double[] base = ExtendedPeriodSimulation.demands(net, peakHour, 1.0);
        int stride = Math.max(1, net.junctions.size() / hydrants);
        for (int h = 0; h < hydrants; h++) {
            Network.Node hydrant = net.junctions.get((h * stride + stride / 2) % net.junctions.size());
            double[] demand = base.clone();
            demand[hydrant.index] += fireFlow;
            HydraulicSolver.Result r = solver.solve(demand, peakHeads, peakFlows);
            double minP = Double.POSITIVE_INFINITY;
            String critical = null;
            int below = 0;
            for (Network.Node j : net.junctions) {
                double p = r.heads()[j.index] - j.elevation;
                if (p < minP) {
                    minP = p;
                    critical = j.id;
                }
                if (p < minimumPressure) below++;
            }
            results.add(new HydrantResult(hydrant.id, r.heads()[hydrant.index] - hydrant.elevation, minP, critical, below));
        }
        return results;
    }
}
