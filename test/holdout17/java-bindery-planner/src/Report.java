package bindery;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the plan for the production meeting. */
public final class Report {
    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);

    private final NumberFormat money = NumberFormat.getCurrencyInstance(LOCALE);
    private final NumberFormat qty = NumberFormat.getIntegerInstance(LOCALE);
    private final NumberFormat dec1 = NumberFormat.getNumberInstance(LOCALE);

    public Report() {
        dec1.setMinimumFractionDigits(1);
        dec1.setMaximumFractionDigits(1);
    }

    public void print(PrintStream out, Planner.Plan plan, List<Imposition> imps, List<String> rejected, LocalDate start) {
        ScheduleModel m = plan.model();
        out.println("Bindery plan from " + DAY.format(start) + " for " + m.n + " jobs (" + rejected.size() + " rejected)");
        for (String r : rejected) out.println("  rejected " + r);

        double paper = 0, board = 0, cloth = 0, glue = 0;
        long sheets = 0, books = 0;
        for (int j = 0; j < m.n; j++) {
            Imposition im = imps.get(j);
            paper += im.paperKg();
            board += im.boardM2();
            cloth += im.clothM2();
            glue += im.glueKg();
            sheets += im.sheets();
            books += m.jobs.get(j).quantity();
        }
        out.println("Materials: " + qty.format(sheets) + " sheets (" + dec1.format(paper / 1000) + " t), board "
                + qty.format(board) + " m2, cloth " + qty.format(cloth) + " m2, glue " + dec1.format(glue) + " kg; "
                + qty.format(books) + " books");

        out.println("Sequence cost " + money.format(plan.cost()) + " vs EDD rule " + money.format(plan.edgeCost())
                + ", setup " + dec1.format(plan.setupHours()) + " h");
        for (Annealer.Outcome o : plan.runs()) {
            out.println("  run: " + money.format(o.cost()) + " after " + qty.format(o.evaluations()) + " evaluations, "
                    + qty.format(o.accepted()) + " accepted");
        }

        double[] busy = new double[m.machines];
        for (int j = 0; j < m.n; j++) {
            for (int st = 0; st < m.stageMachines.length; st++) {
                int mc = plan.assigned()[j][st];
                if (mc >= 0) busy[mc] += m.proc[j][mc];
            }
        }
        double makespan = 0;
        for (double c : plan.completion()) makespan = Math.max(makespan, c);
        out.println("Makespan " + dec1.format(makespan / Shop.HOURS_PER_DAY) + " working days; utilisation:");
        for (int mc = 0; mc < m.machines; mc++) {
            out.println(String.format(LOCALE, "  %-24s %5.1f%%", Shop.MACHINES.get(mc).name(), 100 * busy[mc] / makespan));
        }

        List<Integer> late = new ArrayList<>();
        Map<JobSpec.Binding, Integer> lateByBinding = new EnumMap<>(JobSpec.Binding.class);
        for (int j = 0; j < m.n; j++) {
            if (plan.completion()[j] > m.dueH[j]) {
                late.add(j);
                lateByBinding.merge(m.jobs.get(j).binding(), 1, Integer::sum);
            }
        }
        out.println("Late jobs: " + late.size() + " " + lateByBinding);
        late.sort((a, b) -> Double.compare(plan.completion()[b] - m.dueH[b], plan.completion()[a] - m.dueH[a]));
        for (int j : late.subList(0, Math.min(10, late.size()))) {
            JobSpec js = m.jobs.get(j);
            LocalDate done = start.plusDays((long) Math.ceil(plan.completion()[j] / Shop.HOURS_PER_DAY));
            out.println("  " + js.jobNo() + " '" + js.title() + "' " + qty.format(js.quantity()) + " due "
                    + DAY.format(js.due()) + ", done " + DAY.format(done) + " (prio " + js.priority() + ")");
        }
    }
}
