package coldchain.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds temperature excursions in a logger trace and checks them against the
 * product's stability budget. Readings are smoothed with a 10-minute moving
 * average first, the way the loggers' alarm firmware does, so a probe touching
 * a cold pack for one sample does not count as freezing.
 */
public final class ExcursionAnalyzer {
    static final double ACTIVATION_KJ_PER_MOL = 83.144;
    static final double GAS_CONSTANT = 0.0083144;
    static final int SMOOTHING_SAMPLES = 10;

    public record Excursion(int startIndex, int minutes, double peakC, boolean cold, boolean lit) {}

    public record Verdict(String shipmentId, String productCode, String lane, int samples,
                          double mktC, double minC, double maxC, int minutesAbove, int minutesBelow,
                          boolean frozen, List<Excursion> excursions, boolean releasable, String checksum) {}

    public Verdict analyse(LoggerReading r, Product p, String checksum) {
        int n = r.count;
        double[] smooth = new double[n];
        double window = 0;
        for (int i = 0; i < n; i++) {
            window += r.tempC[i];
            if (i >= SMOOTHING_SAMPLES) window -= r.tempC[i - SMOOTHING_SAMPLES];
            smooth[i] = window / Math.min(i + 1, SMOOTHING_SAMPLES);
        }

        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, arrhenius = 0;
        double ea = ACTIVATION_KJ_PER_MOL / GAS_CONSTANT;
        int aboveSamples = 0, belowSamples = 0;
        boolean frozen = false;
        List<Excursion> excursions = new ArrayList<>();
        int runStart = -1;
        boolean runCold = false, runLit = false;
        double runPeak = 0;
        for (int i = 0; i < n; i++) {
            double t = smooth[i];
            min = Math.min(min, t);
            max = Math.max(max, t);
            arrhenius += Math.exp(-ea / (t + 273.15));
            boolean above = t > p.maxC(), below = t < p.minC();
            if (above) aboveSamples++;
            if (below) belowSamples++;
            if (t < p.freezeC()) frozen = true;
            if (above || below) {
                if (runStart < 0) {
                    runStart = i;
                    runCold = below;
                    runPeak = t;
                    runLit = false;
                }
                runPeak = runCold ? Math.min(runPeak, t) : Math.max(runPeak, t);
                runLit |= r.lux[i] > 50;
            } else if (runStart >= 0) {
                excursions.add(new Excursion(runStart, (i - runStart) * r.intervalSec / 60, runPeak, runCold, runLit));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            excursions.add(new Excursion(runStart, (n - runStart) * r.intervalSec / 60, runPeak, runCold, runLit));
        }
        double mktK = -ea / Math.log(arrhenius / n);
        int minutesAbove = aboveSamples * r.intervalSec / 60;
        int minutesBelow = belowSamples * r.intervalSec / 60;
        boolean releasable = !frozen
                && minutesAbove <= p.budgetMinutesAbove()
                && minutesBelow <= p.budgetMinutesBelow()
                && mktK - 273.15 <= p.maxC();
        return new Verdict(r.shipmentId, p.code(), r.lane, n, mktK - 273.15, min, max,
                minutesAbove, minutesBelow, frozen, excursions, releasable, checksum);
    }
}
