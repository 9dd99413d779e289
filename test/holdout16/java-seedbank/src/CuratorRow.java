package seedbank;

/** One line of the curator's export sent to partner genebanks. */
final class CuratorRow {
    private String accession;
    private String species;
    private String origin;
    private int collected;
    private int tests;
    private String lastGermination;
    private String viabilityToday;
    private int regenerationYear;
    private String regenerationWindow;
    private String stock;
    private long seedsRemaining;
    private String storage;
    private String status;
    private boolean modelConverged;

    static CuratorRow of(Accession a, PlanEntry plan, LabelFormatter fmt) {
        CuratorRow r = new CuratorRow();
        r.accession = a.id;
        r.species = a.species.name;
        r.origin = a.origin;
        r.collected = a.collectedYear;
        r.tests = plan.tests;
        r.lastGermination = fmt.format(plan.lastGermination, LabelFormatter.Style.PERCENT);
        r.viabilityToday = fmt.format(plan.viabilityToday, LabelFormatter.Style.PERCENT);
        r.regenerationYear = plan.plannedYear;
        r.regenerationWindow = plan.windowFrom + "-" + plan.windowTo;
        r.stock = fmt.format(a.stockGrams, LabelFormatter.Style.GRAMS);
        r.seedsRemaining = Math.round(a.stockGrams / a.species.thousandSeedWeight * 1000);
        r.storage = Math.round(a.storageCelsius) + " \u00b0C";
        r.status = plan.status.name();
        r.modelConverged = plan.converged;
        return r;
    }
}
