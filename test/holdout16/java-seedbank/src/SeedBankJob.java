package seedbank;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Nightly curation job of the seed bank: ingests the germination lab log,
 * refits viability curves, plans regeneration and sends each partner
 * genebank its localized safety-duplicate report.
 */
public final class SeedBankJob {
    private static final int CURRENT_YEAR = 2024;

    /** A partner genebank; safety-duplicate holders also receive the full test history. */
    record Partner(String code, Locale locale, char separator, boolean holdsDuplicates) {
    }

    private static final Partner[] PARTNERS = {
        new Partner("IPK", Locale.GERMANY, ';', true),
        new Partner("INRAE", Locale.FRANCE, ';', false),
        new Partner("MSB", Locale.UK, ',', true),
        new Partner("CIMMYT", new Locale("es", "MX"), ',', false),
        new Partner("NIAS", Locale.JAPAN, ',', false),
    };

    public static void main(String[] args) throws Exception {
        int accessions = intArg(args, "--accessions", 15000);
        int bootstrap = intArg(args, "--bootstrap", 8);
        int threads = intArg(args, "--threads", 1);
        long started = System.nanoTime();

        List<Accession> lots = Accession.generate(accessions, 42L);
        String log = new TrialLogGenerator(7L, CURRENT_YEAR).generate(lots, 24);
        System.out.printf("accessions=%d lab-log-chars=%d%n", lots.size(), log.length());

        TrialParser parser = new TrialParser();
        Map<String, List<TrialRecord>> trials = parser.parseAll(new StringReader(log));
        System.out.printf("parsed accessions=%d rejected=%d incomplete=%d%n",
                trials.size(), parser.rejected(), parser.incomplete());

        ViabilityModel.Fit[] fits = fitAll(lots, trials, new ViabilityModel(bootstrap), threads);

        distributeSamples(lots, 9L, accessions * 2);

        RegenerationPlanner planner = new RegenerationPlanner(CURRENT_YEAR, 40);
        List<PlanEntry> plan = planner.plan(lots, trials, fits);
        System.out.println("status: " + RegenerationPlanner.countByStatus(plan));
        printSpeciesTable(lots, plan, fits);

        for (Partner p : PARTNERS) {
            exportFor(p, lots, plan, trials);
        }
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - started) / 1e9);
    }

    private static ViabilityModel.Fit[] fitAll(List<Accession> lots, Map<String, List<TrialRecord>> trials,
                                               ViabilityModel model, int threads) throws Exception {
        ViabilityModel.Fit[] fits = new ViabilityModel.Fit[lots.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            int chunk = 500;
            for (int from = 0; from < lots.size(); from += chunk) {
                final int lo = from;
                final int hi = Math.min(lots.size(), from + chunk);
                jobs.add(pool.submit(() -> {
                    for (int i = lo; i < hi; i++) {
                        Accession a = lots.get(i);
                        List<TrialRecord> ts = trials.get(a.id);
                        if (ts != null && ts.size() >= 3) {
                            fits[i] = model.fit(a, ts, 1000003L * i);
                        }
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return fits;
    }

    /** Applies a year of distribution requests to the stock ledger. */
    private static void distributeSamples(List<Accession> lots, long seed, int requests) {
        SplittableRandom rng = new SplittableRandom(seed);
        int refused = 0;
        for (int r = 0; r < requests; r++) {
            Accession a = lots.get(rng.nextInt(lots.size()));
            double grams = a.species.thousandSeedWeight * (50 + rng.nextInt(150)) / 1000.0;
            if (a.stockGrams - grams < a.species.thousandSeedWeight) {
                refused++;
                continue;
            }
            a.stockGrams -= grams;
        }
        System.out.printf("distribution requests=%d refused-for-stock=%d%n", requests, refused);
    }

    private static void printSpeciesTable(List<Accession> lots, List<PlanEntry> plan, ViabilityModel.Fit[] fits) {
        Map<String, double[]> agg = new TreeMap<>();
        for (PlanEntry e : plan) {
            Accession a = lots.get(e.index);
            double[] s = agg.computeIfAbsent(a.species.name, k -> new double[4]);
            s[0]++;
            s[1] += e.viabilityToday;
            if (e.status == PlanEntry.Status.REGENERATE_NOW) {
                s[2]++;
            }
            if (fits[e.index] != null && fits[e.index].converged) {
                s[3]++;
            }
        }
        for (Map.Entry<String, double[]> en : agg.entrySet()) {
            double[] s = en.getValue();
            System.out.printf("  %-20s n=%5d mean-viability=%.3f regenerate-now=%5d converged=%.1f%%%n",
                    en.getKey(), (int) s[0], s[1] / s[0], (int) s[2], 100 * s[3] / s[0]);
        }
    }

    private static void exportFor(Partner p, List<Accession> lots, List<PlanEntry> plan,
                                  Map<String, List<TrialRecord>> trials) throws IOException {
        CRC32 crc = new CRC32();
        CheckedOutputStream sink = new CheckedOutputStream(OutputStream.nullOutputStream(), crc);
        CountingWriter counter;
        try (BufferedWriter w = new BufferedWriter(counter = new CountingWriter(
                new OutputStreamWriter(sink, StandardCharsets.UTF_8)), 1 << 16)) {
            CsvExporter csv = new CsvExporter(w, p.separator());
            csv.header(CuratorRow.class);
            LabelFormatter fmt = new LabelFormatter(p.locale());
            for (PlanEntry e : plan) {
                csv.write(CuratorRow.of(lots.get(e.index), e, fmt));
            }
            if (p.holdsDuplicates()) {
                w.write('\n');
                csv.header(TrialRecord.class);
                for (Accession a : lots) {
                    for (TrialRecord t : trials.getOrDefault(a.id, List.of())) {
                        csv.write(t);
                    }
                }
            }
            w.flush();
            System.out.printf("export %-8s rows=%d chars=%d crc=%08x%n", p.code(), csv.rows(), counter.chars, crc.getValue());
        }
    }

    private static int intArg(String[] args, String name, int def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return def;
    }

    /** Counts characters on their way to the underlying writer. */
    private static final class CountingWriter extends java.io.FilterWriter {
        long chars;

        CountingWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            chars++;
            super.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            chars += len;
            super.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            chars += len;
            super.write(str, off, len);
        }
    }
}
