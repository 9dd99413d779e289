package org.ballastlab;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One ballast water sample as registered by the laboratory. */
public final class SampleRecord implements Serializable {
    private static final long serialVersionUID = 3L;

    public static final class Aliquot implements Serializable {
        private static final long serialVersionUID = 1L;
        final String sizeClass; // ">=50um", "10-50um", "Vibrio", "Ecoli", "Enterococci"
        final double volumeMl;
        final int viableCount;
        final int nonMotileCount;

        Aliquot(String sizeClass, double volumeMl, int viableCount, int nonMotileCount) {
            this.sizeClass = sizeClass;
            this.volumeMl = volumeMl;
            this.viableCount = viableCount;
            this.nonMotileCount = nonMotileCount;
        }
    }

    String sampleId;
    String imoNumber;
    String vesselName;
    String flagState;
    String treatmentSystem;
    String inspectorId;
    String port;
    long sampledAtEpochMin;
    double dischargeVolumeM3;
    double salinityPsu;
    double temperatureC;
    List<Aliquot> aliquots = new ArrayList<>();
    Verdict verdict;
    double largeOrganismsPerM3;
    double smallOrganismsPerMl;
    double vibrioPer100Ml;
    double ecoliPer100Ml;
    double enterococciPer100Ml;
    String notes = "";
    int revision;
}
