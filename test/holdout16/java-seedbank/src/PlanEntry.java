package seedbank;

/** The curator's decision for one accession. */
final class PlanEntry {
    enum Status { REGENERATE_NOW, LOW_STOCK, SCHEDULED, MONITOR }

    final int index;
    int tests;
    double lastGermination;
    double viabilityToday;
    double dueYear;
    int windowFrom;
    int windowTo;
    int plannedYear;
    Status status;
    boolean converged;

    PlanEntry(int index) {
        this.index = index;
    }
}
