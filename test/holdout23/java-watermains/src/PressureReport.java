package watermains;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Summaries of the extended period run and the fire flow study. */
final class PressureReport {
    record NodeStats(String id, double min, double mean, double max, int hoursBelow) {}

    record PipeStats(String id, double maxVelocity, double headlossPerKm) {}

    final NodeStats[] nodes;
    final PipeStats[] pipes;
    final double[] pressurePercentiles;
    final int lowPressureNodes;

    PressureReport(Network net, ExtendedPeriodSimulation.DayResult day, double minimumPressure) {
        int hours = day.pressure.length;
        nodes = new NodeStats[net.junctions.size()];
        float[] all = new float[hours * nodes.length];
        int low = 0;
        for (Network.Node j : net.junctions) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
            int below = 0;
            for (int h = 0; h < hours; h++) {
                double p = day.pressure[h][j.index];
                min = Math.min(min, p);
                max = Math.max(max, p);
                sum += p;
                if (p < minimumPressure) below++;
                all[h * nodes.length + j.index] = (float) p;
            }
            if (below > 0) low++;
            nodes[j.index] = new NodeStats(j.id, min, sum / hours, max, below);
        }
        lowPressureNodes = low;
        Arrays.sort(all);
        pressurePercentiles = new double[] {all[(int) (all.length * 0.01)], all[(int) (all.length * 0.05)],
                all[all.length / 2], all[(int) (all.length * 0.95)]};

        pipes = new PipeStats[net.pipes.size()];
        for (int k = 0; k < pipes.length; k++) {
            Network.Pipe p = net.pipes.get(k);
            double vmax = 0, lossMax = 0;
            for (int h = 0; h < hours; h++) {
                vmax = Math.max(vmax, Math.abs(day.velocity[h][k]));
                double q = Math.abs(day.flows[h][k]);
                lossMax = Math.max(lossMax, p.resistance * Math.pow(q, 1.852) / p.length * 1000);
            }
            pipes[k] = new PipeStats(p.id, vmax, lossMax);
        }
    }

    NodeStats[] worstNodes(int count) {
        NodeStats[] sorted = nodes.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(NodeStats::min));
        return Arrays.copyOf(sorted, Math.min(count, sorted.length));
    }

    PipeStats[] fastestPipes(int count) {
        PipeStats[] sorted = pipes.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(PipeStats::maxVelocity).reversed());
        return Arrays.copyOf(sorted, Math.min(count, sorted.length));
    }

    static void writeHourlyPressures(Path file, Network net, ExtendedPeriodSimulation.DayResult day) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(512);
            sb.append("node");
            for (int h = 0; h < day.pressure.length; h++) sb.append(",h").append(h);
            w.write(sb.append('\n').toString());
            for (Network.Node j : net.junctions) {
                sb.setLength(0);
                sb.append(j.id);
                for (int h = 0; h < day.pressure.length; h++) {
                    sb.append(',');
                    Fmt.fixed(sb, day.pressure[h][j.index], 2);
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    static void writeFireFlow(Path file, List<FireFlowStudy.HydrantResult> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("hydrant,residual_m,min_system_m,critical_node,nodes_below_minimum\n");
            StringBuilder sb = new StringBuilder(96);
            for (FireFlowStudy.HydrantResult r : results) {
                sb.setLength(0);
                sb.append(r.node()).append(',');
                Fmt.fixed(sb, r.residualPressure(), 2).append(',');
                Fmt.fixed(sb, r.minSystemPressure(), 2).append(',').append(r.criticalNode()).append(',')
                        .append(r.nodesBelowMinimum()).append('\n');
                w.write(sb.toString());
            }
        }
    }
}
