package bindery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Compact numeric model of the jobs on the shop floor, built once so that a
 * job sequence can be evaluated without allocation: processing hours per
 * job and machine, format and type groups, due hours and tardiness weights.
 */
public final class ScheduleModel {
    final int n;
    final int machines;
    final int[] stageOf;
    final int[][] stageMachines;
    final double[][] proc;       // [job][machine] hours, NaN where the machine cannot do the job
    final int[] format;
    final int[] type;
    final double[] dueH;
    final double[] weight;
    final double[] setupFormat;
    final double[] setupType;
    final List<JobSpec> jobs;

    static final double SETUP_COST_PER_H = 180;
    static final double TARDY_COST_PER_H = 12;

    public ScheduleModel(List<JobSpec> jobs, List<Imposition> imps, LocalDate start) {
        this.jobs = jobs;
        n = jobs.size();
        machines = Shop.MACHINES.size();
        Shop.Stage[] stages = Shop.Stage.values();
        stageOf = new int[machines];
        int[] perStage = new int[stages.length];
        for (int m = 0; m < machines; m++) {
            stageOf[m] = Shop.MACHINES.get(m).stage().ordinal();
            perStage[stageOf[m]]++;
        }
        stageMachines = new int[stages.length][];
        for (int s = 0; s < stages.length; s++) {
            stageMachines[s] = new int[perStage[s]];
            int k = 0;
            for (int m = 0; m < machines; m++) if (stageOf[m] == s) stageMachines[s][k++] = m;
        }
        setupFormat = new double[machines];
        setupType = new double[machines];
        for (int m = 0; m < machines; m++) {
            setupFormat[m] = Shop.MACHINES.get(m).setupFormatH();
            setupType[m] = Shop.MACHINES.get(m).setupTypeH();
        }
        proc = new double[n][machines];
        format = new int[n];
        type = new int[n];
        dueH = new double[n];
        weight = new double[n];
        for (int j = 0; j < n; j++) {
            JobSpec js = jobs.get(j);
            Imposition im = imps.get(j);
            format[j] = js.formatGroup();
            type[j] = js.cover().ordinal() * 3 + js.binding().ordinal();
            dueH[j] = ChronoUnit.DAYS.between(start, js.due()) * Shop.HOURS_PER_DAY;
            weight[j] = (6 - js.priority()) * (1 + js.quantity() / 4000.0);
            for (int m = 0; m < machines; m++) {
                Shop.Machine mc = Shop.MACHINES.get(m);
                proc[j][m] = switch (mc.stage()) {
                    case FOLDING -> im.sheets() / mc.rate();
                    case SEWING -> js.binding() == JobSpec.Binding.SEWN ? js.quantity() * im.signatures() / mc.rate() / 4 : 0;
                    case BLOCK -> {
                        boolean pur = mc.name().startsWith("PUR");
                        if (js.binding() == JobSpec.Binding.PERFECT) yield pur ? Double.NaN : js.quantity() / mc.rate();
                        if (js.binding() == JobSpec.Binding.PUR) yield pur ? js.quantity() / mc.rate() : Double.NaN;
                        yield pur ? Double.NaN : 0.3 * js.quantity() / mc.rate(); // block prep for sewn books
                    }
                    case CASING -> js.cover() == JobSpec.Cover.SOFTCOVER ? 0 : js.quantity() / mc.rate();
                    case PACKING -> js.quantity() / mc.rate();
                };
            }
        }
    }

    /** Per-evaluation scratch state; one per thread. */
    public final class Scratch {
        final double[] free = new double[machines];
        final int[] lastFormat = new int[machines];
        final int[] lastType = new int[machines];
        final double[] completion = new double[n];
        final int[][] assigned = new int[n][Shop.Stage.values().length];
        double setupHours;
    }

    public Scratch scratch() { return new Scratch(); }

    /**
     * Dispatches the jobs in the given order through the stages (each job to
     * the stage machine that can finish it first) and returns the cost:
     * weighted tardiness plus setup cost.
     */
    public double evaluate(int[] order, Scratch s) {
        java.util.Arrays.fill(s.free, 0);
        java.util.Arrays.fill(s.lastFormat, -1);
        java.util.Arrays.fill(s.lastType, -1);
        s.setupHours = 0;
        double cost = 0;
        for (int j : order) {
            double ready = 0;
            double[] p = proc[j];
            for (int st = 0; st < stageMachines.length; st++) {
                int best = -1;
                double bestEnd = Double.MAX_VALUE, bestSetup = 0;
                for (int m : stageMachines[st]) {
                    double pt = p[m];
                    if (Double.isNaN(pt)) continue;
                    if (pt == 0) {
                        best = -2;
                        break;
                    }
                    double setup = 0;
                    if (s.lastFormat[m] != format[j]) setup += setupFormat[m];
                    if (s.lastType[m] != type[j]) setup += setupType[m];
                    double end = Math.max(ready, s.free[m]) + setup + pt;
                    if (end < bestEnd) {
                        bestEnd = end;
                        best = m;
                        bestSetup = setup;
                    }
                }
                s.assigned[j][st] = best;
                if (best < 0) continue;
                s.free[best] = bestEnd;
                s.lastFormat[best] = format[j];
                s.lastType[best] = type[j];
                s.setupHours += bestSetup;
                ready = bestEnd;
            }
            s.completion[j] = ready;
            double late = ready - dueH[j];
            if (late > 0) cost += weight[j] * late * TARDY_COST_PER_H;
        }
        return cost + s.setupHours * SETUP_COST_PER_H;
    }
}
