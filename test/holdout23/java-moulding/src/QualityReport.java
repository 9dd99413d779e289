package moulding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shift quality report per press. */
final class QualityReport {
    record PressSummary(Press press, int shots, Map<ShotClassifier.Verdict, Integer> verdicts,
                        Map<Parameter, Integer> deviations, List<SpcAnalyzer.ChartResult> charts, int lots) {}

    static PressSummary summarise(Press press, List<ShotClassifier.Classification> classified,
                                  List<SpcAnalyzer.ChartResult> charts, int lots) {
        Map<ShotClassifier.Verdict, Integer> verdicts = new EnumMap<>(ShotClassifier.Verdict.class);
        Map<Parameter, Integer> deviations = new EnumMap<>(Parameter.class);
        for (ShotClassifier.Classification c : classified) {
            verdicts.merge(c.verdict(), 1, Integer::sum);
            for (ShotClassifier.Deviation d : c.deviations()) {
                deviations.merge(d.parameter(), 1, Integer::sum);
            }
        }
        return new PressSummary(press, classified.size(), verdicts, deviations, charts, lots);
    }

    static void write(Path file, List<PressSummary> summaries) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PressSummary s : summaries) {
                w.write(String.format(Locale.ROOT, "== %s (%s, %s) shots=%d good=%d suspect=%d scrap=%d lots=%d%n",
                        s.press().id(), s.press().mouldId(), s.press().resin(), s.shots(),
                        s.verdicts().getOrDefault(ShotClassifier.Verdict.GOOD, 0),
                        s.verdicts().getOrDefault(ShotClassifier.Verdict.SUSPECT, 0),
                        s.verdicts().getOrDefault(ShotClassifier.Verdict.SCRAP, 0), s.lots()));
                for (SpcAnalyzer.ChartResult c : s.charts()) {
                    w.write(String.format(Locale.ROOT,
                            "  %-28s CL=%.3f UCL=%.3f LCL=%.3f R=%.3f rules=%d/%d/%d/%d ewma=%d Cpk=%.2f [%.2f, %.2f] "
                                    + "p1=%.3f p50=%.3f p99=%.3f lotF=%.2f alerts=%d%n",
                            c.parameter().column(), c.centre(), c.ucl(), c.lcl(), c.rBar(), c.rule1(), c.rule2(),
                            c.rule3(), c.rule4(), c.ewmaSignals(), c.cpk(), c.cpkLow(), c.cpkHigh(), c.p01(), c.p50(),
                            c.p99(), c.lotF(), s.deviations().getOrDefault(c.parameter(), 0)));
                }
            }
        }
    }
}
