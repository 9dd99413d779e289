/** Outcome metrics of one site's simulated quarter. */
public class SiteReport {
    final String site;
    final int capacity;
    long requests, admitted, discharged, diverted, delayedDischarges, observations;
    long outliers, refusals, auditEntries, boardBytes;
    double waitHours, losDays;
    private long occSamples;
    private double occSum, boardingSum;
    private int peakBoarding;

    SiteReport(String site, int capacity) {
        this.site = site;
        this.capacity = capacity;
    }

    void sampleOccupancy(int occupied, int boarding) {
        occSamples++;
        occSum += occupied;
        boardingSum += boarding;
        peakBoarding = Math.max(peakBoarding, boarding);
    }

    double meanOccupancy() {
        return occSamples == 0 ? 0 : occSum / occSamples / capacity;
    }

    double meanBoarding() {
        return occSamples == 0 ? 0 : boardingSum / occSamples;
    }

    int peakBoarding() {
        return peakBoarding;
    }
}
