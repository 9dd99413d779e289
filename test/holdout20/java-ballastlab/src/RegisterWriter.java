package org.ballastlab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Writes the compliance register as CSV. */
final class RegisterWriter {
    static void write(Path file, Collection<SampleRecord> records) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("sample_id,imo,vessel,flag,port,revision,verdict,large_per_m3,small_per_ml,vibrio,ecoli,enterococci\n");
            StringBuilder sb = new StringBuilder(256);
            for (SampleRecord r : records) {
                sb.setLength(0);
                sb.append(r.sampleId).append(',').append(r.imoNumber).append(',').append(r.vesselName).append(',')
                        .append(r.flagState).append(',').append(r.port).append(',').append(r.revision).append(',')
                        .append(r.verdict).append(',').append(round2(r.largeOrganismsPerM3)).append(',')
                        .append(round2(r.smallOrganismsPerMl)).append(',').append(round2(r.vibrioPer100Ml)).append(',')
                        .append(round2(r.ecoliPer100Ml)).append(',').append(round2(r.enterococciPer100Ml)).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
