package org.ballastlab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Port-state ballast water laboratory: replays a season of sample
 * submissions from inspectors, evaluates each against the D-2 discharge
 * standard and writes a compliance register.
 */
public final class BallastLab {

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 4242L;
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 7500;
        Path workDir = Files.createTempDirectory("ballastlab-");
        try {
            run(seed, submissions, workDir);
        } finally {
            deleteTree(workDir);
        }
    }

    private static void run(long seed, int submissions, Path workDir) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        InspectorRegistry inspectors = InspectorRegistry.enrol(rng.split(), 24);
        List<Vessel> fleet = Vessel.fleet(rng.split(), 140);
        SampleStore store = new SampleStore();
        AuditTrail audit = new AuditTrail();
        ComplianceEvaluator evaluator = new ComplianceEvaluator();
        SubmissionDesk desk = new SubmissionDesk(inspectors, store, audit, evaluator);
        SampleGenerator generator = new SampleGenerator(rng.split(), fleet);

        int rejected = 0;
        for (int i = 0; i < submissions; i++) {
            Submission s = generator.next(inspectors);
            SubmissionDesk.Receipt r = desk.handle(s);
            if (!r.accepted()) {
                rejected++;
            }
        }

        Map<String, int[]> byFlag = new TreeMap<>();
        List<String> detained = new ArrayList<>();
        for (SampleRecord rec : store.all()) {
            int[] c = byFlag.computeIfAbsent(rec.flagState, k -> new int[2]);
            c[0]++;
            if (rec.verdict == Verdict.NON_COMPLIANT) {
                c[1]++;
                detained.add(rec.imoNumber);
            }
        }
        Path register = workDir.resolve("register.csv");
        RegisterWriter.write(register, store.all());
        System.out.printf("submissions=%d accepted=%d rejected=%d audit-entries=%d register=%d bytes%n",
                submissions, store.size(), rejected, audit.size(), Files.size(register));
        byFlag.forEach((flag, c) -> System.out.printf("  %-14s samples=%4d non-compliant=%3d%n", flag, c[0], c[1]));
        System.out.println("  distinct vessels with non-compliant samples: " + detained.stream().distinct().count());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
