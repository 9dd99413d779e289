package ontsync;

/** GPON class B+ optical budget used to judge every link. */
final class OpticalBudget {
    static final double OLT_LAUNCH_DBM = 3.0;
    static final double SPLITTER_1_32_DB = 17.2;
    static final double FIBRE_DB_PER_KM = 0.35;
    static final double CONNECTORS_DB = 1.5;
    static final double ONT_SENSITIVITY_DBM = -28.0;
    static final double OLT_SENSITIVITY_DBM = -29.0;

    private OpticalBudget() {}

    static double expectedRx(double distanceM) {
        return OLT_LAUNCH_DBM - SPLITTER_1_32_DB - CONNECTORS_DB - FIBRE_DB_PER_KM * distanceM / 1000.0;
    }

    /** Headroom above receiver sensitivity; NaN when the ONT reported nothing. */
    static double margin(double rxDbm, double distanceM) {
        if (Double.isNaN(rxDbm)) {
            return Double.NaN;
        }
        return rxDbm - ONT_SENSITIVITY_DBM;
    }

    static OntRecord.Health classify(OntRecord r) {
        if (!r.operUp) {
            return "LOS".equals(r.operState) ? OntRecord.Health.LOS : OntRecord.Health.OFFLINE;
        }
        double excessLoss = Double.isNaN(r.distanceM) ? 0 : expectedRx(r.distanceM) - r.rxDbm;
        boolean weakUp = !Double.isNaN(r.oltRxDbm) && r.oltRxDbm < OLT_SENSITIVITY_DBM + 1.0;
        boolean errors = r.fecErrors > 2_000 || r.bip8Errors > 500;
        if (r.marginDb < 1.0 || weakUp || excessLoss > 6.0) {
            return OntRecord.Health.DEGRADED;
        }
        boolean unstable = r.missingBins > 4 || r.rxSpreadDb > 1.5;
        if (r.marginDb < 3.0 || errors || unstable || excessLoss > 3.5) {
            return OntRecord.Health.MARGINAL;
        }
        return OntRecord.Health.OK;
    }
}
