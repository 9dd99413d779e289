package org.herbaria.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.List;

/** Writes the occurrence core of a Darwin Core Archive as tab-separated text. */
public final class DarwinCoreExporter {
    static final String[] TERMS = {
        "institutionCode", "catalogNumber", "scientificName", "verbatimName", "family", "taxonomicStatus",
        "recordedBy", "recordNumber", "eventDate", "countryCode", "locality", "decimalLatitude",
        "decimalLongitude", "minimumElevationInMeters", "georeferenceRemarks", "duplicateCount"
    };

    private final BufferedWriter out;
    private long rows;

    public DarwinCoreExporter(BufferedWriter out) throws IOException {
        this.out = out;
        out.write(String.join("\t", TERMS));
        out.newLine();
    }

    public void export(List<Specimen> batch) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (Specimen s : batch) {
            line.setLength(0);
            for (int i = 0; i < TERMS.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object value = TermAccess.read(s, TERMS[i]);
                if (value != null) {
                    appendEscaped(line, value.toString());
                }
            }
            out.append(line).append('\n');
            rows++;
        }
    }

    private static void appendEscaped(StringBuilder sb, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c == '\t' || c == '\n' ? ' ' : c);
        }
    }

    public long rows() { return rows; }
}
