package ventilation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the life-of-mine ventilation report. */
final class VentilationReport {
    private VentilationReport() {
    }

    static void write(Path file, List<VentilationPlanner.MonthPlan> plans) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("PRIMARY VENTILATION PLAN\n");
            w.write("month levels stopes  req m3/s  blade  fan m3/s  fan Pa   fan kW   $/month  HC iterations\n");
            for (VentilationPlanner.MonthPlan p : plans) {
                if (Double.isNaN(p.bladeAngle)) {
                    w.write(String.format("%5d %6d %6d %9.1f  no fan setting meets demand (%d stopes short)%n",
                            p.month + 1, p.levels, p.activeStopes, p.requiredTotal, p.shortfalls));
                    continue;
                }
                w.write(String.format("%5d %6d %6d %9.1f %6.0f %9.1f %7.0f %8.1f %9.0f %14d%n",
                        p.month + 1, p.levels, p.activeStopes, p.requiredTotal, p.bladeAngle, p.fanFlow,
                        p.fanPressure, p.fanPowerKw, p.monthlyCost, p.iterations));
            }
            for (VentilationPlanner.MonthPlan p : plans) {
                w.write("\nMonth " + (p.month + 1) + " working places\n");
                for (String line : p.stopeLines) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
    }

    static void printSummary(List<VentilationPlanner.MonthPlan> plans, PrintStream out) {
        double cost = 0;
        int infeasible = 0;
        double peakKw = 0;
        for (VentilationPlanner.MonthPlan p : plans) {
            if (Double.isNaN(p.bladeAngle)) {
                infeasible++;
                continue;
            }
            cost += p.monthlyCost;
            peakKw = Math.max(peakKw, p.fanPowerKw);
        }
        out.printf("months planned %d, infeasible %d, peak fan power %.0f kW, total fan energy cost $%.0f%n",
                plans.size(), infeasible, peakKw, cost);
    }
}
