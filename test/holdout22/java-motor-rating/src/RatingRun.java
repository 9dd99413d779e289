package motorrating;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Quarterly renewal rating run: rates the book, writes the rating file and tests the book's loss capacity. */
public final class RatingRun {

    private static final Logger LOG = Logger.getLogger(RatingRun.class.getName());
    private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.CANADA));

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        int policies = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path workDir = Files.createTempDirectory("motor-rating-");
        try {
            run(policies, years, workDir);
        } finally {
            try (var paths = Files.walk(workDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void run(int policies, int years, Path workDir) throws IOException, NoSuchAlgorithmException {
        RatingTables tables = RatingTables.filed(1931);
        Rater rater = new Rater(tables);
        SplittableRandom rnd = new SplittableRandom(20240401);

        int coverages = RatingTables.Coverage.values().length;
        double[][] vehicleYears = new double[coverages][RatingTables.TERRITORIES];
        double[][] relativitySum = new double[coverages][RatingTables.TERRITORIES];
        long[] totals = new long[policies];
        long[] byTerritory = new long[policies];
        long writtenPremium = 0;

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Rater.Premium premium = new Rater.Premium();
        StringBuilder line = new StringBuilder(160);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(workDir.resolve("rating.csv")), 1 << 16)) {
            for (int i = 0; i < policies; i++) {
                QuoteRequest q = QuoteRequest.random(rnd, 10_000_000L + i);
                rater.rate(q, premium);
                totals[i] = premium.total;
                byTerritory[i] = ((long) q.territory() << 40) | premium.total;
                writtenPremium += premium.technical;
                for (int c = 0; c < coverages; c++) {
                    if (premium.byCoverage[c] > 0) {
                        vehicleYears[c][q.territory()] += 1;
                        relativitySum[c][q.territory()] += premium.relativity;
                    }
                }
                line.setLength(0);
                line.append(q.id()).append(',').append(q.territory()).append(',').append(q.vehicleSymbol())
                        .append(',').append(q.driverAge()).append(',').append(q.usage().name());
                for (long p : premium.byCoverage) {
                    line.append(',');
                    appendCents(line, p);
                }
                line.append(',');
                appendCents(line, premium.tax);
                line.append(',');
                appendCents(line, premium.total);
                line.append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.US_ASCII);
                sha.update(bytes);
                out.write(bytes);
            }
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("rating file digest " + digest);
        }

        double[][] relativity = new double[coverages][RatingTables.TERRITORIES];
        for (int c = 0; c < coverages; c++) {
            for (int t = 0; t < RatingTables.TERRITORIES; t++) {
                relativity[c][t] = vehicleYears[c][t] > 0 ? relativitySum[c][t] / vehicleYears[c][t] : 0;
            }
        }
        LossSimulator.Result sim = new LossSimulator(vehicleYears, relativity).run(years, 77);

        Arrays.sort(totals);
        Arrays.sort(byTerritory);
        long[] territoryMedian = territoryMedians(byTerritory);

        StringBuilder report = new StringBuilder();
        report.append("policies rated: ").append(policies).append(", relativities capped: ")
                .append(rater.cappedCount()).append('\n');
        report.append("written premium: ").append(AMOUNT.format(writtenPremium / 100.0)).append('\n');
        report.append("premium p10/p50/p90/p99: ");
        for (double p : new double[] {0.10, 0.50, 0.90, 0.99}) {
            report.append(AMOUNT.format(totals[(int) (p * (policies - 1))] / 100.0)).append(' ');
        }
        report.append('\n');
        report.append("simulated annual loss mean: ").append(AMOUNT.format(sim.mean))
                .append(", VaR 99.5: ").append(AMOUNT.format(sim.var995))
                .append(", TVaR 99.5: ").append(AMOUNT.format(sim.tvar995)).append('\n');
        report.append("expected loss ratio: ").append(Math.round(sim.mean / (writtenPremium / 100.0) * 1000) / 10.0)
                .append("%\n");
        report.append("territory medians (first 6): ");
        for (int t = 0; t < 6; t++) {
            report.append(t).append('=').append(AMOUNT.format(territoryMedian[t] / 100.0)).append(' ');
        }
        report.append('\n').append("rating file sha-256: ").append(digest).append('\n');
        System.out.print(report);
    }

    /** Median total premium per territory from keys sorted by (territory, total). */
    static long[] territoryMedians(long[] sortedKeys) {
        long[] medians = new long[RatingTables.TERRITORIES];
        int i = 0;
        while (i < sortedKeys.length) {
            int territory = (int) (sortedKeys[i] >>> 40);
            int j = i;
            while (j < sortedKeys.length && (int) (sortedKeys[j] >>> 40) == territory) {
                j++;
            }
            medians[territory] = sortedKeys[i + (j - i) / 2] & ((1L << 40) - 1);
            i = j;
        }
        return medians;
    }

    static void appendCents(StringBuilder sb, long cents) {
        sb.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) {
            sb.append('0');
        }
        sb.append(c);
    }
}
