package org.herbaria.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Nightly consolidation of partner herbaria's digitised sheets: names are
 * reconciled against the regional checklist, georeferences checked,
 * duplicates linked, and a Darwin Core occurrence file plus annotation slips
 * written.
 */
public final class ReconcileJob {
    public static void main(String[] args) throws IOException {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int batchSize = 4000;
        Path work = Files.createTempDirectory("herbarium-");
        try {
            TaxonChecklist checklist = TaxonChecklist.regionalFlora(1753L, 5000);
            Gazetteer gazetteer = Gazetteer.alpineRegion(1901L, 900);
            SpecimenSource source = new SpecimenSource(2024L, checklist, gazetteer);
            NameReconciler names = new NameReconciler(checklist);
            GeoreferenceCheck geo = new GeoreferenceCheck(gazetteer);
            DuplicateFinder duplicates = new DuplicateFinder();
            long exported;
            int slips;
            try (BufferedWriter occ = Files.newBufferedWriter(work.resolve("occurrence.txt"), StandardCharsets.UTF_8);
                 BufferedWriter labels = Files.newBufferedWriter(work.resolve("annotation-slips.txt"), StandardCharsets.UTF_8)) {
                DarwinCoreExporter exporter = new DarwinCoreExporter(occ);
                LabelPrinter printer = new LabelPrinter(labels);
                for (int b = 0; b < batches; b++) {
                    List<Specimen> batch = source.nextBatch(batchSize);
                    names.reconcile(batch);
                    geo.check(batch);
                    duplicates.add(batch);
                    exporter.export(batch);
                    printer.print(batch);
                }
                exported = exporter.rows();
                slips = printer.printed();
            }
            System.out.println("sheets exported: " + exported + ", annotation slips: " + slips);
            System.out.println("names: " + names.summary());
            System.out.println("georeference flags: " + geo.flagged() + ", duplicate gatherings: " + duplicates.gatheringsWithDuplicates());
            System.out.println("occurrence file bytes: " + Files.size(work.resolve("occurrence.txt")));
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
