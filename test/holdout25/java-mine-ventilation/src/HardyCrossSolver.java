package ventilation;

/** Hardy Cross iteration on mesh flows for an Atkinson-law network with a fan. */
public final class HardyCrossSolver {
    private final MineNetwork net;
    private final MeshSet meshes;
    private final double[] resistance;
    private final double[] meshFlow;
    private final double[] flow;
    private int lastIterations;

    HardyCrossSolver(MineNetwork net, MeshSet meshes) {
        this.net = net;
        this.meshes = meshes;
        this.resistance = new double[net.airways.size()];
        this.meshFlow = new double[meshes.size()];
        this.flow = new double[net.airways.size()];
        java.util.Arrays.fill(meshFlow, 15.0);
    }

    int lastIterations() {
        return lastIterations;
    }

    /**
     * Solves for airway flows; the previous solution is the starting point,
     * which keeps regulator balancing cheap.
     */
    double[] solve(FanCurve fan, double tolerance, int maxIterations) {
        for (Airway a : net.airways) {
            resistance[a.id] = a.resistance();
        }
        recomputeFlows();
        int it = 0;
        double worst = Double.MAX_VALUE;
        while (it < maxIterations && worst > tolerance) {
            worst = 0;
            for (int m = 0; m < meshes.size(); m++) {
                int[] ids = meshes.airways[m];
                int[] sg = meshes.signs[m];
                double num = 0;
                double den = 0;
                for (int k = 0; k < ids.length; k++) {
                    int id = ids[k];
                    double q = flow[id];
                    double r = resistance[id];
                    num += sg[k] * r * q * Math.abs(q);
                    den += 2 * r * Math.abs(q);
                    if (id == net.fanAirway) {
                        num -= sg[k] * fan.pressure(q);
                        den -= fan.dPressure(q);
                    }
                }
                double dq = -num / Math.max(den, 1e-9);
                meshFlow[m] += dq;
                for (int k = 0; k < ids.length; k++) {
                    flow[ids[k]] += sg[k] * dq;
                }
                worst = Math.max(worst, Math.abs(dq));
            }
            it++;
        }
        lastIterations = it;
        return flow.clone();
    }

    private void recomputeFlows() {
        java.util.Arrays.fill(flow, 0);
        for (int m = 0; m < meshes.size(); m++) {
            int[] ids = meshes.airways[m];
            int[] sg = meshes.signs[m];
            for (int k = 0; k < ids.length; k++) {
                flow[ids[k]] += sg[k] * meshFlow[m];
            }
        }
    }
}
