package moulding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a week of shot logs from the moulding shop's presses, traces each shot to its
 * resin lot, classifies shots against the process windows and writes the SPC report.
 */
public final class MouldingLineMonitor {

    static List<Press> presses() {
        return List.of(
                new Press("IMM-01", "M-2201", "PP-H350", 4, 18.5, 1.10, 6.0, 920, 540, 230, 40, 12.40, 1500),
                new Press("IMM-02", "M-2202", "PP-H350", 8, 22.0, 1.35, 7.0, 1050, 600, 232, 42, 6.85, 2200),
                new Press("IMM-03", "M-1840", "ABS-GP22", 2, 31.0, 1.80, 8.5, 1240, 720, 245, 60, 48.20, 2800),
                new Press("IMM-04", "M-1841", "ABS-GP22", 2, 29.5, 1.70, 8.0, 1210, 700, 244, 58, 51.75, 2800),
                new Press("IMM-05", "M-3310", "PA66-GF30", 4, 26.0, 1.25, 5.5, 1380, 800, 290, 85, 22.10, 2500),
                new Press("IMM-06", "M-3311", "PA66-GF30", 4, 27.5, 1.30, 5.5, 1400, 820, 292, 85, 19.60, 2500),
                new Press("IMM-07", "M-0907", "PC-LT15", 1, 45.0, 2.40, 9.0, 1520, 900, 300, 95, 118.4, 3500),
                new Press("IMM-08", "M-4420", "POM-C9", 16, 14.0, 0.85, 4.5, 880, 520, 205, 90, 1.92, 1800),
                new Press("IMM-09", "M-4421", "POM-C9", 16, 14.5, 0.90, 4.5, 890, 530, 206, 90, 2.15, 1800),
                new Press("IMM-10", "M-5102", "HDPE-5502", 2, 38.0, 2.10, 10.0, 760, 450, 220, 25, 96.30, 3000),
                new Press("IMM-11", "M-5103", "HDPE-5502", 2, 36.0, 2.00, 10.0, 740, 440, 221, 25, 88.75, 3000),
                new Press("IMM-12", "M-6001", "TPE-A70", 8, 20.0, 1.20, 6.5, 650, 380, 195, 35, 4.40, 1600));
    }

    static ProcessWindow windowFor(Press p) {
        return new ProcessWindow(p.mouldId())
                .with(Parameter.CYCLE_TIME, p.cycleTimeS(), p.cycleTimeS() * 0.014)
                .with(Parameter.INJECTION_TIME, p.injectionTimeS(), p.injectionTimeS() * 0.048)
                .with(Parameter.PLASTICISING_TIME, p.cycleTimeS() * 0.35, p.cycleTimeS() * 0.35 * 0.048)
                .with(Parameter.CUSHION, p.cushionMm(), 0.37)
                .with(Parameter.PEAK_PRESSURE, p.peakPressureBar(), p.peakPressureBar() * 0.042)
                .with(Parameter.HOLD_PRESSURE, p.holdPressureBar(), p.holdPressureBar() * 0.014)
                .with(Parameter.MELT_TEMP, p.meltTempC(), 2.8)
                .with(Parameter.MOULD_TEMP, p.mouldTempC(), 1.85)
                .with(Parameter.PART_WEIGHT, p.partWeightG(), p.partWeightG() * 0.008);
    }

    public static void main(String[] args) throws IOException {
        int shotsPerPress = args.length > 0 ? Integer.parseInt(args[0]) : 1800;
        int bootstrap = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path work = Files.createTempDirectory("moulding-");
        try {
            run(work, shotsPerPress, bootstrap);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(Path work, int shotsPerPress, int bootstrap) throws IOException {
        List<Press> presses = presses();
        ShotLogWriter writer = new ShotLogWriter(20240506L);
        List<Path> files = writer.write(work, presses, shotsPerPress);

        ShotLogReader reader = new ShotLogReader();
        Map<Press, List<Shot>> shotsByPress = new LinkedHashMap<>();
        for (int i = 0; i < presses.size(); i++) {
            shotsByPress.put(presses.get(i), reader.read(files.get(i)));
        }

        LotTraceability trace = new LotTraceability(writer.lots());
        int untraced = 0;
        for (List<Shot> shots : shotsByPress.values()) {
            untraced += trace.assign(shots);
        }

        ShotClassifier classifier = new ShotClassifier();
        SpcAnalyzer spc = new SpcAnalyzer(7L, bootstrap);
        List<QualityReport.PressSummary> summaries = new ArrayList<>();
        int total = 0, scrap = 0;
        for (Map.Entry<Press, List<Shot>> e : shotsByPress.entrySet()) {
            Press press = e.getKey();
            ProcessWindow window = windowFor(press);
            List<ShotClassifier.Classification> classified = new ArrayList<>(e.getValue().size());
            List<Shot> production = new ArrayList<>(e.getValue().size());
            for (Shot shot : e.getValue()) {
                ShotClassifier.Classification c = classifier.classify(shot, window);
                classified.add(c);
                if (shot.alarmCode == 0) {
                    production.add(shot);
                }
                if (c.verdict() == ShotClassifier.Verdict.SCRAP) {
                    scrap++;
                }
            }
            total += classified.size();
            List<SpcAnalyzer.ChartResult> charts = new ArrayList<>();
            for (Parameter p : Parameter.values()) {
                ProcessWindow.Limits alert = window.limits(p);
                double half = (alert.high() - alert.low()) / 2;
                double nominal = alert.low() + half;
                charts.add(spc.analyse(p, production, nominal - 2.5 * half, nominal + 2.5 * half));
            }
            long lots = production.stream().map(Shot::getMaterialLot).distinct().count();
            summaries.add(QualityReport.summarise(press, classified, charts, (int) lots));
        }
        QualityReport.write(work.resolve("spc-report.txt"), summaries);

        System.out.printf(Locale.ROOT, "%d presses, %d shots imported (%d rejected), %d untraced, %d scrap (%.2f%%)%n",
                presses.size(), total, reader.rejected(), untraced, scrap, 100.0 * scrap / total);
        for (QualityReport.PressSummary s : summaries) {
            SpcAnalyzer.ChartResult weight = s.charts().get(Parameter.PART_WEIGHT.ordinal());
            System.out.printf(Locale.ROOT, "  %s %-9s part weight Cpk %.2f [%.2f, %.2f], %d lots%n", s.press().id(),
                    s.press().resin(), weight.cpk(), weight.cpkLow(), weight.cpkHigh(), s.lots());
        }
    }
}
