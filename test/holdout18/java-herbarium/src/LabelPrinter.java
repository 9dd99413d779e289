package org.herbaria.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.List;

/** Produces the annotation slips pinned to re-determined sheets. */
public final class LabelPrinter {
    private final BufferedWriter out;
    private int printed;

    public LabelPrinter(BufferedWriter out) {
        this.out = out;
    }

    public void print(List<Specimen> batch) throws IOException {
        for (Specimen s : batch) {
            if ("unresolved".equals(s.getTaxonomicStatus())) {
                continue;
            }
            out.write(annotationSlip(s));
            printed++;
        }
    }

    private static String annotationSlip(Specimen s) {
        return String.format("%-8s %s%n  %s [%s]%n  det. rev. %s; orig. \"%s\"%n  %s, %s  %.4f N %.4f E  %d m%n  leg. %s %s, %s%n",
                s.getInstitutionCode(), s.getCatalogNumber(), s.getScientificName(), s.getFamily(),
                s.getTaxonomicStatus(), s.getVerbatimName(), s.getLocality(), s.getCountryCode(),
                s.getDecimalLatitude(), s.getDecimalLongitude(), s.getMinimumElevationInMeters(),
                s.getRecordedBy(), s.getRecordNumber(), s.getEventDate());
    }

    public int printed() { return printed; }
}
