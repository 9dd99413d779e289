package watermains;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Steady-state hydraulics by the global gradient algorithm (Todini and Pilati):
 * Newton iterations on pipe flows and junction heads, each solving a sparse
 * symmetric system for the heads.
 */
final class HydraulicSolver {
    private static final Logger LOG = Logger.getLogger(HydraulicSolver.class.getName());
    private static final double HW_EXPONENT = 1.852;
    private static final double MIN_FLOW = 1e-7;

    record Result(double[] heads, double[] flows, int iterations, int linearIterations, double relativeChange) {}

    private final Network net;
    private final SparseMatrix matrix;
    private final int[] offFrom;   // matrix position of (from, to) or -1
    private final int[] offTo;     // matrix position of (to, from) or -1
    private final double[] rhs;
    private final double[][] work;
    private final double tolerance;
    private final int maxIterations;

    HydraulicSolver(Network net, double tolerance, int maxIterations) {
        this.net = net;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        int n = net.junctions.size();
        int m = net.pipes.size();
        int[] a = new int[m];
        int[] b = new int[m];
        for (int k = 0; k < m; k++) {
            a[k] = net.pipes.get(k).from.index;
            b[k] = net.pipes.get(k).to.index;
        }
        matrix = SparseMatrix.fromEdges(n, a, b);
        offFrom = new int[m];
        offTo = new int[m];
        for (int k = 0; k < m; k++) {
            offFrom[k] = a[k] >= 0 && b[k] >= 0 ? matrix.find(a[k], b[k]) : -1;
            offTo[k] = a[k] >= 0 && b[k] >= 0 ? matrix.find(b[k], a[k]) : -1;
        }
        rhs = new double[n];
        work = new double[4][n];
    }

    /**
     * Solves the network for the given junction demands (m3/s) and source heads,
     * warm-starting from the previous heads and flows when given.
     */
    Result solve(double[] demand, double[] startHeads, double[] startFlows) {
        int n = net.junctions.size();
        int m = net.pipes.size();
        double[] h = startHeads != null ? startHeads.clone() : initialHeads();
        double[] q = startFlows != null ? startFlows.clone() : initialFlows();
        double[] p = new double[m];
        double[] y = new double[m];
        int linear = 0;
        double change = Double.POSITIVE_INFINITY;
        int it = 0;
        while (it < maxIterations && change > tolerance) {
            matrix.clear();
            Arrays.fill(rhs, 0);
            for (int i = 0; i < n; i++) {
                rhs[i] = -demand[i];
            }
            for (int k = 0; k < m; k++) {
                Network.Pipe pipe = net.pipes.get(k);
                double flow = Math.max(Math.abs(q[k]), MIN_FLOW);
                double loss = pipe.resistance * Math.pow(flow, HW_EXPONENT);
                double pk = 1 / (HW_EXPONENT * loss / flow);
                double yk = pk * loss * Math.signum(q[k] == 0 ? 1 : q[k]);
                p[k] = pk;
                y[k] = yk;
                int i = pipe.from.index;
                int j = pipe.to.index;
                double carry = q[k] - yk;
                if (i >= 0) {
                    matrix.val[matrix.diag[i]] += pk;
                    rhs[i] -= carry;
                } else {
                    rhs[j] += pk * pipe.from.head;
                }
                if (j >= 0) {
                    matrix.val[matrix.diag[j]] += pk;
                    rhs[j] += carry;
                } else {
                    rhs[i] += pk * pipe.to.head;
                }
                if (offFrom[k] >= 0) {
                    matrix.val[offFrom[k]] -= pk;
                    matrix.val[offTo[k]] -= pk;
                }
            }
            linear += matrix.solve(rhs, h, 1e-8, 4 * n, work);

            double sumChange = 0, sumFlow = 0;
            for (int k = 0; k < m; k++) {
                Network.Pipe pipe = net.pipes.get(k);
                double hi = pipe.from.index >= 0 ? h[pipe.from.index] : pipe.from.head;
                double hj = pipe.to.index >= 0 ? h[pipe.to.index] : pipe.to.head;
                double updated = q[k] - y[k] + p[k] * (hi - hj);
                sumChange += Math.abs(updated - q[k]);
                sumFlow += Math.abs(updated);
                q[k] = updated;
            }
            change = sumChange / Math.max(sumFlow, 1e-12);
            it++;
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("iteration " + it + " relative flow change " + change);
            }
        }
        return new Result(h, q, it, linear, change);
    }

    private double[] initialHeads() {
        double maxHead = 0;
        for (Network.Node s : net.sources) maxHead = Math.max(maxHead, s.head);
        double[] h = new double[net.junctions.size()];
        Arrays.fill(h, maxHead);
        return h;
    }

    private double[] initialFlows() {
        double[] q = new double[net.pipes.size()];
        for (int k = 0; k < q.length; k++) {
            q[k] = 0.3 * net.pipes.get(k).area(); // 0.3 m/s
        }
        return q;
    }
}
